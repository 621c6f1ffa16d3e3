package dev.precommit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.testing.CliRun;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir Path dir;

  private CliRun run(String... args) {
    return CliRun.in(dir, TempGitRepo.isolatedEnv(dir), args);
  }

  @Test
  void anUnknownOptionIsAUsageErrorOnStderr() {
    CliRun run = run("sample-config", "--bogus");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("Unknown option: '--bogus'\n");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    CliRun run = run("frobnicate");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("frobnicate");
  }

  @Test
  void aFatalExceptionIsOneLineWithItsExitCode() {
    CliRun run = run("install");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
    assertThat(run.err()).hasLineCount(1).startsWith("An error has occurred: ");
  }

  @Test
  void aConfigErrorIsPreCommitsBlockWithItsExitCode() {
    CliRun run = run("migrate-config", "-c", "nope.yaml");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
    assertThat(run.err())
        .isEqualTo(
            "An error has occurred: InvalidConfigError: \n"
                + "=====> nope.yaml is not a file\n"
                + "create one with `precommit sample-config > nope.yaml`\n");
  }
}
