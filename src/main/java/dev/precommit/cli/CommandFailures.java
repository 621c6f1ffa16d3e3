package dev.precommit.cli;

import dev.precommit.output.Output;
import dev.precommit.repo.MissingHookException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;

/**
 * Turns what a command throws into its message and exit code, for the commands of remote
 * repositories until the CLI has one error handler for all: a missing hook is pre-commit's {@code
 * [ERROR]} line on stdout, any other {@link FatalException} one line on stderr.
 */
final class CommandFailures {
  private CommandFailures() {}

  static int guard(Output out, Callable<Integer> body) {
    try {
      return body.call();
    } catch (MissingHookException e) {
      out.error(e.getMessage());
      return e.exitCode();
    } catch (FatalException e) {
      out.errorLine("An error has occurred: " + e.getMessage());
      return e.exitCode();
    } catch (IOException | UncheckedIOException e) {
      out.errorLine("An error has occurred: " + e.getMessage());
      return ExitCodes.FAILED;
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Output output(CliContext context) {
    return new Output(context.out(), context.err(), false);
  }
}
