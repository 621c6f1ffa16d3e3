package dev.precommit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.testing.CliRun;
import dev.precommit.testing.TempGitRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateManifestCommandTest {
  @TempDir Path dir;

  private CliRun run(String... args) {
    return CliRun.in(dir, TempGitRepo.isolatedEnv(dir), args);
  }

  @Test
  void defaultsToTheManifestInTheWorkingDirectory() throws IOException {
    Files.writeString(
        dir.resolve(".pre-commit-hooks.yaml"),
        "-   id: x\n    name: x\n    entry: x\n    language: python\n");

    CliRun run = run("validate-manifest");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
  }

  @Test
  void anInvalidManifestFails() throws IOException {
    Files.writeString(dir.resolve("hooks.yaml"), "- id: x\n  name: x\n  language: python\n");

    CliRun run = run("validate-manifest", "hooks.yaml");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(
            "\n==> File hooks.yaml\n==> At Hook(id='x')\n=====> Missing required key: entry\n");
  }

  @Test
  void unknownKeysWarnWithTheFileAsSource() throws IOException {
    Files.writeString(
        dir.resolve("hooks.yaml"), "- {id: x, name: x, entry: x, language: fail, colour: 1}\n");

    CliRun run = run("validate-manifest", "hooks.yaml");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo("[WARNING] Unexpected key(s) present on hooks.yaml => x: colour\n");
  }
}
