package dev.precommit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.testing.CliRun;
import dev.precommit.testing.TempGitRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateConfigCommandTest {
  @TempDir Path dir;

  private CliRun run(String... args) {
    return CliRun.in(dir, TempGitRepo.isolatedEnv(dir), args);
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }

  @Test
  void aValidConfigPrintsNothing() throws IOException {
    write(".pre-commit-config.yaml", "repos: []\n");

    CliRun run = run("validate-config");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void eachInvalidFilePrintsItsErrorAndTheRunFails() throws IOException {
    write("good.yaml", "repos: []\nfoo: 1\n");
    write("bad.yaml", "repos:\n- repo: local\n");

    CliRun run = run("validate-config", "bad.yaml", "good.yaml", "missing.yaml");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(
            "\n"
                + "==> File bad.yaml\n"
                + "==> At Config()\n"
                + "==> At key: repos\n"
                + "==> At Repository(repo='local')\n"
                + "=====> Missing required key: hooks\n"
                + "[WARNING] Unexpected key(s) present at root: foo\n"
                + "\n"
                + "=====> missing.yaml is not a file\n"
                + "create one with `precommit sample-config > missing.yaml`\n");
  }

  @Test
  void warningsOnlyStillPass() throws IOException {
    write(".pre-commit-config.yaml", "repos:\n- repo: https://x/y\n  rev: main\n  hooks: []\n");

    CliRun run = run("validate-config");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("[WARNING] The 'rev' field of repo 'https://x/y' appears");
  }

  @Test
  void colorAlwaysPaintsTheWarningTag() throws IOException {
    write(".pre-commit-config.yaml", "repos: []\nfoo: 1\n");

    CliRun run = run("validate-config", "--color", "always");

    assertThat(run.out())
        .isEqualTo("\033[33m[WARNING]\033[m Unexpected key(s) present at root: foo\n");
  }

  @Test
  void aBadColorIsAUsageError() {
    CliRun run = run("validate-config", "--color", "sometimes");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "An error has occurred: invalid --color `sometimes`: expected one of auto, always,"
                + " never\n");
  }
}
