package dev.precommit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;

  private static Config parse(String yaml) {
    return ConfigLoader.parse(yaml, Constants.CONFIG_FILE).config();
  }

  @Test
  void everyTopLevelKeyHasPreCommitsDefault() {
    Config config = parse("repos: []\n");

    assertThat(config.path()).isEqualTo(Path.of(Constants.CONFIG_FILE));
    assertThat(config.minimumPreCommitVersion()).isEqualTo("0");
    assertThat(config.repos()).isEmpty();
    assertThat(config.defaultInstallHookTypes()).containsExactly(Stage.PRE_COMMIT);
    assertThat(config.defaultLanguageVersion()).isEmpty();
    assertThat(config.defaultStages()).containsExactly(Stage.values());
    assertThat(config.files()).isEmpty();
    assertThat(config.exclude()).isEqualTo("^$");
    assertThat(config.failFast()).isFalse();
  }

  @Test
  void everyTopLevelKeyIsRead() {
    Config config =
        parse(
            """
            minimum_pre_commit_version: '3.0'
            default_install_hook_types: [pre-commit, commit-msg]
            default_language_version: {python: python3.11, node: '20'}
            default_stages: [pre-commit, manual]
            files: ^src/
            exclude: ^vendor/
            fail_fast: true
            ci: {autofix_prs: false}
            repos: []
            """);

    assertThat(config.minimumPreCommitVersion()).isEqualTo("3.0");
    assertThat(config.defaultInstallHookTypes())
        .containsExactly(Stage.PRE_COMMIT, Stage.COMMIT_MSG);
    assertThat(config.defaultLanguageVersion())
        .containsExactlyInAnyOrderEntriesOf(Map.of("python", "python3.11", "node", "20"));
    assertThat(config.defaultStages()).containsExactly(Stage.PRE_COMMIT, Stage.MANUAL);
    assertThat(config.files()).isEqualTo("^src/");
    assertThat(config.exclude()).isEqualTo("^vendor/");
    assertThat(config.failFast()).isTrue();
  }

  @Test
  void legacyDefaultStagesAreTranslated() {
    LoadedConfig loaded =
        ConfigLoader.parse("default_stages: [commit, merge-commit, push]\nrepos: []\n", "c.yaml");

    assertThat(loaded.config().defaultStages())
        .containsExactly(Stage.PRE_COMMIT, Stage.PRE_MERGE_COMMIT, Stage.PRE_PUSH);
    assertThat(loaded.warnings())
        .containsExactly(
            "top-level `default_stages` uses deprecated stage names (commit, merge-commit, push)"
                + " which will be removed in a future version.  run: `precommit migrate-config`"
                + " to automatically fix this.");
  }

  @Test
  void reposKeepTheirKindRevAndCheckedHookMappings() {
    Config config =
        parse(
            """
            repos:
            -   repo: https://github.com/pre-commit/pre-commit-hooks
                rev: v6.0.0
                hooks:
                -   id: trailing-whitespace
                    stages: [commit]
                    args: [--markdown-linebreak-ext=md]
                    unknown: dropped
            -   repo: local
                hooks:
                -   id: fmt
                    name: Format
                    entry: ./fmt.sh
                    language: script
            -   repo: meta
                hooks:
                -   id: identity
            -   repo: builtin
                hooks:
                -   id: check-yaml
            """);

    assertThat(config.repos())
        .extracting(RepoConfig::repo, RepoConfig::rev)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "https://github.com/pre-commit/pre-commit-hooks", "v6.0.0"),
            org.assertj.core.groups.Tuple.tuple("local", null),
            org.assertj.core.groups.Tuple.tuple("meta", null),
            org.assertj.core.groups.Tuple.tuple("builtin", null));
    assertThat(config.repos().get(0).isRemote()).isTrue();
    assertThat(config.repos().get(0).hooks())
        .containsExactly(
            Map.of(
                "id", "trailing-whitespace",
                "stages", List.of("pre-commit"),
                "args", List.of("--markdown-linebreak-ext=md")));
    assertThat(config.repos().get(1).hooks().get(0))
        .containsEntry("language", "script")
        .containsEntry("entry", "./fmt.sh");
  }

  @Test
  void duplicateKeysKeepTheLastValueAsPyYamlDoes() {
    Config config = parse("fail_fast: true\nrepos: 1\nfail_fast: false\nrepos: []\n");

    assertThat(config.failFast()).isFalse();
    assertThat(config.repos()).isEmpty();
  }

  @Test
  void yamlOneOneBooleansAreBooleans() {
    Config config = parse("fail_fast: yes\nrepos: []\n");

    assertThat(config.failFast()).isTrue();
  }

  @Test
  void aMissingFileSaysHowToCreateOne() {
    Path missing = dir.resolve("nope.yaml");

    assertThatThrownBy(() -> ConfigLoader.load(missing, "nope.yaml", w -> {}))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessage(
            "InvalidConfigError: \n"
                + "=====> nope.yaml is not a file\n"
                + "create one with `precommit sample-config > nope.yaml`");
  }

  @Test
  void aDirectoryIsNotAConfig() {
    assertThatThrownBy(() -> ConfigLoader.load(dir, "here", w -> {}))
        .hasMessage("InvalidConfigError: \n=====> here is not a file");
  }

  @Test
  void errorsCarryFileAndContext() {
    InvalidConfigException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidConfigException.class,
            () ->
                parse(
                    "repos:\n- repo: local\n  hooks:\n  - id: x\n    name: x\n    entry: x\n"
                        + "    language: system\n    types: [nope]\n"));

    assertThat(e.file()).isEqualTo(Constants.CONFIG_FILE);
    assertThat(e.context())
        .containsExactly(
            "At Config()",
            "At key: repos",
            "At Repository(repo='local')",
            "At key: hooks",
            "At Hook(id='x')",
            "At key: types",
            "At index 0");
    assertThat(e.exitCode()).isEqualTo(1);
  }

  @Test
  void syntaxErrorsNameLineAndColumnFromOne() {
    assertThatThrownBy(() -> parse("repos:\n  - repo: local\n    hooks: [}\n"))
        .hasMessageStartingWith(
            "InvalidConfigError: \n"
                + "==> File .pre-commit-config.yaml\n"
                + "=====> invalid YAML at line 3, column 13: ")
        .message()
        .satisfies(m -> assertThat(m.lines()).hasSize(3));
  }

  @Test
  void warningsReachTheSinkBeforeAnError() throws IOException {
    Path file = dir.resolve("c.yaml");
    Files.writeString(file, "foo: 1\nrepos:\n- repo: https://x/y\n  rev: main\n  hooks:\n  - {}\n");
    List<String> seen = new ArrayList<>();

    assertThatThrownBy(() -> ConfigLoader.load(file, "c.yaml", seen::add))
        .hasMessage(
            "InvalidConfigError: \n"
                + "==> File c.yaml\n"
                + "==> At Config()\n"
                + "==> At key: repos\n"
                + "==> At Repository(repo='https://x/y')\n"
                + "==> At key: hooks\n"
                + "==> At Hook(id=MISSING)\n"
                + "=====> Missing required key: id");
    assertThat(seen).isEmpty();

    Files.writeString(
        file, "foo: 1\nrepos:\n- repo: https://x/y\n  rev: main\n  hooks: []\n" + "fail_fast: 3\n");
    assertThatThrownBy(() -> ConfigLoader.load(file, "c.yaml", seen::add))
        .hasMessage(
            "InvalidConfigError: \n"
                + "==> File c.yaml\n"
                + "==> At Config()\n"
                + "==> At key: fail_fast\n"
                + "=====> Expected bool got int");
    assertThat(seen).singleElement().asString().startsWith("The 'rev' field of repo 'https://x/y'");
  }

  @Test
  void warningsAreBothStreamedAndReturned() throws IOException {
    Path file = dir.resolve("c.yaml");
    Files.writeString(file, "foo: 1\nrepos: []\n");
    List<String> seen = new ArrayList<>();

    LoadedConfig loaded = ConfigLoader.load(file, "c.yaml", seen::add);

    assertThat(seen).containsExactly("Unexpected key(s) present at root: foo");
    assertThat(loaded.warnings()).isEqualTo(seen);
  }

  @Test
  void twoHundredHooksLoad() {
    StringBuilder yaml = new StringBuilder("repos:\n-   repo: local\n    hooks:\n");
    for (int i = 0; i < 200; i++) {
      yaml.append("    -   id: hook-")
          .append(i)
          .append("\n        name: Hook ")
          .append(i)
          .append("\n        entry: echo\n        language: system\n        types: [java]\n")
          .append("        files: ^src/.*\\.java$\n");
    }
    Config config = parse(yaml.toString());

    assertThat(config.repos().get(0).hooks()).hasSize(200);
    assertThat(config.repos().get(0).hooks().get(199)).containsEntry("id", "hook-199");
  }

  @Test
  void pythonOnlyRegexSyntaxIsAccepted() {
    Config config = parse("files: (?P<name>x)(?P=name)\\Z\nrepos: []\n");

    assertThat(config.files()).isEqualTo("(?P<name>x)(?P=name)\\Z");
  }

  @Test
  void theLiteralStageListsMatchTheEnum() {
    assertThat(ConfigLoader.HOOK_TYPE_IDS)
        .isEqualTo(Stage.hookTypes().stream().map(Stage::id).sorted().toList());
    assertThat(HookSchema.stageIds())
        .isEqualTo(java.util.Arrays.stream(Stage.values()).map(Stage::id).sorted().toList());
  }
}
