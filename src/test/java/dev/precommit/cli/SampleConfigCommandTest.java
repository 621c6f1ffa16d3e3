package dev.precommit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.testing.CliRun;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleConfigCommandTest {
  @TempDir Path dir;

  private CliRun run(String... args) {
    return CliRun.in(dir, TempGitRepo.isolatedEnv(dir), args);
  }

  @Test
  void printsPreCommitsSampleByteForByte() {
    CliRun run = run("sample-config");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(
            "# See https://pre-commit.com for more information\n"
                + "# See https://pre-commit.com/hooks.html for more hooks\n"
                + "repos:\n"
                + "-   repo: https://github.com/pre-commit/pre-commit-hooks\n"
                + "    rev: v3.2.0\n"
                + "    hooks:\n"
                + "    -   id: trailing-whitespace\n"
                + "    -   id: end-of-file-fixer\n"
                + "    -   id: check-yaml\n"
                + "    -   id: check-added-large-files\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void theSampleIsAValidConfig() throws Exception {
    java.nio.file.Files.writeString(
        dir.resolve(".pre-commit-config.yaml"), run("sample-config").out());

    CliRun run = run("validate-config");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
  }
}
