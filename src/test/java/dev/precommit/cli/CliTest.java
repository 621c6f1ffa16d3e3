package dev.precommit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.testing.CliRun;
import dev.precommit.testing.TempGitRepo;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

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

  /** Every command the root lists. */
  static Stream<String> commands() {
    Cli cli =
        new Cli(
            InputStream.nullInputStream(),
            OutputStream.nullOutputStream(),
            OutputStream.nullOutputStream(),
            Path.of("/"),
            TempGitRepo.isolatedEnv(Path.of("/nonexistent")));
    return cli.commands().stream().map(command -> new CommandLine(command).getCommandName());
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyCommandTakesHelp(String command) {
    CliRun run = run(command, "--help");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Usage: precommit " + command + " ");
  }
}
