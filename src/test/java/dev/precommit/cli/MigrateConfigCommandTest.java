package dev.precommit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.testing.CliRun;
import dev.precommit.testing.TempGitRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrateConfigCommandTest {
  @TempDir Path dir;

  private CliRun run(String... args) {
    return CliRun.in(dir, TempGitRepo.isolatedEnv(dir), args);
  }

  @Test
  void migratesThenSaysItIsAlreadyMigrated() throws IOException {
    Path config = dir.resolve(".pre-commit-config.yaml");
    Files.writeString(
        config, "-   repo: local\n    hooks:\n    -   id: x\n        stages: [commit]\n");

    CliRun first = run("migrate-config");
    CliRun second = run("migrate-config");

    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).isEqualTo("Configuration has been migrated.\n");
    assertThat(Files.readString(config))
        .isEqualTo(
            "repos:\n-   repo: local\n    hooks:\n    -   id: x\n        stages: [pre-commit]\n");
    assertThat(second.exitCode()).isZero();
    assertThat(second.out()).isEqualTo("Configuration is already migrated.\n");
  }

  @Test
  void takesAnotherConfigWithDashC() throws IOException {
    Files.writeString(dir.resolve("other.yaml"), "default_stages: [push]\nrepos: []\n");

    CliRun run = run("migrate-config", "-c", "other.yaml");

    assertThat(run.out()).isEqualTo("Configuration has been migrated.\n");
    assertThat(Files.readString(dir.resolve("other.yaml")))
        .isEqualTo("default_stages: [pre-push]\nrepos: []\n");
  }

  @Test
  void invalidYamlIsAnErrorWithExitOne() throws IOException {
    Files.writeString(dir.resolve(".pre-commit-config.yaml"), "repos: [\n");

    CliRun run = run("migrate-config");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "An error has occurred: InvalidConfigError: \n"
                + "==> File .pre-commit-config.yaml\n"
                + "=====> invalid YAML at line 2, column 1: expected the node content, but found"
                + " '<stream end>'\n");
  }

  @Test
  void aMissingConfigSaysHowToCreateOne() {
    CliRun run = run("migrate-config");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "An error has occurred: InvalidConfigError: \n"
                + "=====> .pre-commit-config.yaml is not a file\n"
                + "create one with `precommit sample-config > .pre-commit-config.yaml`\n");
  }
}
