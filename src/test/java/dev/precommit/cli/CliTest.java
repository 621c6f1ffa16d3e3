package dev.precommit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir Path dir;

  @Test
  void anUnknownOptionIsAUsageErrorOnStderr() {
    CliRun run = CliRun.run(dir, "sample-config", "--bogus");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("Unknown option: '--bogus'\n");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    CliRun run = CliRun.run(dir, "frobnicate");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("frobnicate");
  }

  @Test
  void aFatalExceptionIsOneLineWithItsExitCode() {
    CliRun run = CliRun.run(dir, "migrate-config", "-c", "nope.yaml");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
    assertThat(run.err()).hasLineCount(1).startsWith("An error has occurred: ");
  }
}
