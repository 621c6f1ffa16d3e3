package dev.precommit.cli;

import dev.precommit.ExitCodes;
import dev.precommit.FatalException;
import dev.precommit.Version;
import dev.precommit.process.RunCancellation;
import dev.precommit.process.RunCancelledError;
import dev.precommit.repo.CacheDir;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Turns an exception into one line on stderr and an exit code. A {@link FatalException} is the
 * user's to fix; anything else is a bug, whose stack trace goes to {@code precommit.log} in the
 * cache, never to the terminal.
 */
public final class ErrorHandler {
  private final Map<String, String> env;

  public ErrorHandler(Map<String, String> env) {
    this.env = env;
  }

  /**
   * Writes the line for {@code error} to {@code err} and returns the exit code. In a daemon run
   * that was interrupted, the error is how the run's thread leaves ({@link RunCancelledError}, or a
   * failure that follows from the stop): the interrupt was reported already, so nothing is, and the
   * code is 128 + the signal, as the CLI run's halt has it.
   */
  public int handle(Throwable error, java.io.OutputStream err) {
    Optional<RunCancellation> run = RunCancellation.current();
    if (run.isPresent() && run.get().cancelled()) {
      return 128 + run.get().signal();
    }
    String line;
    int code;
    if (error instanceof FatalException fatal) {
      line = "An error has occurred: " + fatal.getMessage();
      code = fatal.exitCode();
    } else {
      String what = error.getClass().getSimpleName() + ": " + error.getMessage();
      line = "An unexpected error has occurred: " + what + ". " + writeLog(error);
      code = ExitCodes.INTERNAL;
    }
    try {
      err.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      err.flush();
    } catch (IOException ignored) {
      // Nowhere left to report to.
    }
    return code;
  }

  /**
   * Reports an interrupt by {@code signal} as pre-commit does, on {@code out} (stdout): for SIGINT
   * (Ctrl-C) its {@code Interrupted (^C): KeyboardInterrupt: } line and the log's path; SIGTERM and
   * SIGHUP end pre-commit without a word, and so they do here. The log shows where {@code runner}
   * (the run's thread: {@code main} in the CLI) was.
   */
  public void interrupted(int signal, java.io.OutputStream out, Thread runner) {
    if (signal != 2) {
      return;
    }
    String line = "Interrupted (^C): KeyboardInterrupt: ";
    String text = line + "\n" + writeLog(line, "SIGINT\n" + where(runner)) + "\n";
    try {
      out.write(text.getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException ignored) {
      // Nowhere left to report to.
    }
  }

  /** Where the run's thread was, for the log of an interrupt. */
  private static String where(Thread runner) {
    StringBuilder where = new StringBuilder("in thread " + runner.getName() + ":\n");
    for (StackTraceElement frame : runner.getStackTrace()) {
      where.append("\tat ").append(frame).append('\n');
    }
    return where.toString();
  }

  private String writeLog(Throwable error) {
    StringWriter trace = new StringWriter();
    error.printStackTrace(new PrintWriter(trace));
    return writeLog(error.getClass().getName() + ": " + error.getMessage(), trace.toString());
  }

  private String writeLog(String message, String trace) {
    Path log = CacheDir.resolve(env).resolve("precommit.log");
    String text =
        "### version information\n\n```\n"
            + "precommit version: "
            + Version.number()
            + "\n"
            + "git --version: "
            + gitVersion()
            + "\n"
            + "java: "
            + System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.runtime.version")
            + "\n"
            + "os: "
            + System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + "\n```\n\n### error information\n\n```\n"
            + message
            + "\n```\n\n```\n"
            + trace
            + "```\n";
    try {
      Files.createDirectories(log.getParent());
      Files.writeString(log, text, StandardCharsets.UTF_8);
      return "Check the log at " + log;
    } catch (IOException e) {
      return "Failed to write to log at " + log;
    }
  }

  private static String gitVersion() {
    try {
      Process p = new ProcessBuilder(List.of("git", "--version")).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      p.waitFor(5, TimeUnit.SECONDS);
      return out;
    } catch (IOException e) {
      return "unknown (" + e.getMessage() + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }
}
