package dev.precommit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigMigrationTest {
  @TempDir Path dir;

  private static String migrate(String yaml) {
    return ConfigMigration.migrate(yaml, "c.yaml");
  }

  @Test
  void aTopLevelListMovesUnderRepos() {
    String old =
        """
        # my config
        ---

        -   repo: local
            hooks: []
        """;

    assertThat(migrate(old))
        .isEqualTo(
            """
            # my config
            ---

            repos:
            -   repo: local
                hooks: []
            """);
  }

  @Test
  void aBlockListWithBlankLinesParsesUnderRepos() {
    String old = "- repo: local\n  hooks: []\n\n- repo: meta\n  hooks: []\n";
    String migrated = migrate(old);

    assertThat(ConfigLoader.parse(migrated, "c.yaml").config().repos()).hasSize(2);
    assertThat(migrated).startsWith("repos:\n");
  }

  @Test
  void aFlowStyleListIsIndentedUnderRepos() {
    String migrated = migrate("[{repo: local, hooks: []}]\n");

    assertThat(migrated).isEqualTo("repos:\n    [{repo: local, hooks: []}]\n");
    assertThat(ConfigLoader.parse(migrated, "c.yaml").config().repos()).hasSize(1);
  }

  @Test
  void stageNamesKeepTheirQuotes() {
    String old =
        """
        default_stages: [commit, 'push']
        repos:
        -   repo: local
            hooks:
            -   id: x  # a comment
                stages: [commit, "push", 'merge-commit', manual]
        """;

    assertThat(migrate(old))
        .isEqualTo(
            """
            default_stages: [pre-commit, 'pre-push']
            repos:
            -   repo: local
                hooks:
                -   id: x  # a comment
                    stages: [pre-commit, "pre-push", 'pre-merge-commit', manual]
            """);
  }

  @Test
  void shaBecomesRevAndPythonVenvBecomesPython() {
    String old =
        """
        repos:
        -   repo: https://example.com/x
            sha: v1.0.0
            hooks:
            -   id: x
                language: "python_venv"
        """;

    assertThat(migrate(old))
        .isEqualTo(
            """
            repos:
            -   repo: https://example.com/x
                rev: v1.0.0
                hooks:
                -   id: x
                    language: "python"
            """);
  }

  @Test
  void nonAsciiTextBeforeARewriteIsKept() {
    String old = "# héllo wörld 🎉\ndefault_stages: [push]\nrepos: []\n";

    assertThat(migrate(old)).isEqualTo("# héllo wörld 🎉\ndefault_stages: [pre-push]\nrepos: []\n");
  }

  @Test
  void aCurrentConfigIsLeftAlone() throws IOException {
    Path file = dir.resolve(".pre-commit-config.yaml");
    String current = "repos: []  # stages: [commit]\n";
    Files.writeString(file, current);

    assertThat(ConfigMigration.migrateFile(file, "c")).isFalse();
    assertThat(Files.readString(file)).isEqualTo(current);
  }

  @Test
  void migrateFileRewritesInPlace() throws IOException {
    Path file = dir.resolve(".pre-commit-config.yaml");
    Files.writeString(file, "default_stages: [commit]\nrepos: []\n");

    assertThat(ConfigMigration.migrateFile(file, "c")).isTrue();
    assertThat(Files.readString(file)).isEqualTo("default_stages: [pre-commit]\nrepos: []\n");
    assertThat(ConfigMigration.migrateFile(file, "c")).isFalse();
  }

  @Test
  void invalidYamlIsAConfigError() {
    assertThatThrownBy(() -> migrate("repos: [\n"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageStartingWith(
            "InvalidConfigError: \n==> File c.yaml\n=====> invalid YAML at line 2, column 1:");
  }
}
