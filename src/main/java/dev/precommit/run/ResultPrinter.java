package dev.precommit.run;

import dev.precommit.output.Color;
import dev.precommit.output.Output;
import dev.precommit.output.StatusLine;
import dev.precommit.repo.Hook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Prints hooks as pre-commit does: the status line ({@code Name....Passed}, skips, {@code (no files
 * to check)}), then the details of a hook that failed or is verbose, whose output also goes to its
 * {@code log_file}.
 */
final class ResultPrinter {
  private final Output output;
  private final Path root;

  /** Prints to {@code output}; {@code log_file} paths are relative to {@code root}. */
  ResultPrinter(Output output, Path root) {
    this.output = output;
    this.root = root;
  }

  /** The whole status line of a hook that was skipped or had no files. */
  void notRun(HookResult result, StatusLine line) {
    String name = result.hook().config().name();
    if (result.status() == HookResult.Status.SKIPPED) {
      output.write(line.full(name, "", StatusLine.SKIPPED, Color.YELLOW, output.color()));
    } else {
      output.write(
          line.full(
              name, StatusLine.NO_FILES, StatusLine.SKIPPED, Color.TURQUOISE, output.color()));
    }
  }

  /** The start of a running hook's status line: its name and the dots. */
  void start(StatusLine line, Hook hook) {
    output.write(line.start(hook.config().name()));
  }

  /** The end of a hook's status line: Passed or Failed. */
  void status(HookResult result) {
    output.writeLine(
        result.failed()
            ? Color.RED.apply(StatusLine.FAILED, output.color())
            : Color.GREEN.apply(StatusLine.PASSED, output.color()));
  }

  /** What follows the status line: hook id, duration, exit code, modified files, output. */
  void details(HookResult result, boolean verbose) throws IOException {
    Hook hook = result.hook();
    boolean ran = result.status() == HookResult.Status.PASSED || result.failed();
    boolean showVerbose = verbose || hook.config().verbose();
    if (!showVerbose && result.exitCode() == 0 && !result.modified()) {
      return;
    }
    subtle("- hook id: " + hook.id());
    if (showVerbose && ran) {
      subtle("- duration: " + formatDuration(result.durationSeconds()) + "s");
    }
    if (result.exitCode() != 0) {
      subtle("- exit code: " + result.exitCode());
    }
    if (result.modified()) {
      subtle("- files were modified by this hook");
    }
    byte[] stripped = strip(result.output());
    if (stripped.length > 0) {
      output.writeLine("");
      output.writeBytes(stripped);
      output.writeLine("");
      output.writeLine("");
      if (!hook.config().logFile().isEmpty()) {
        byte[] logged = Arrays.copyOf(stripped, stripped.length + 1);
        logged[stripped.length] = '\n';
        Files.write(
            root.resolve(hook.config().logFile()),
            logged,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      }
    }
  }

  private void subtle(String text) {
    output.writeLine(Color.SUBTLE.apply(text, output.color()));
  }

  /** Python's {@code round(x, 2) or 0}, printed as Python prints it: 0, 0.01, 1.5, 2.0. */
  static String formatDuration(double seconds) {
    return seconds == 0 ? "0" : Double.toString(seconds);
  }

  /** Python's {@code bytes.strip()}: ASCII whitespace off both ends. */
  static byte[] strip(byte[] bytes) {
    int start = 0;
    int end = bytes.length;
    while (start < end && isSpace(bytes[start])) {
      start++;
    }
    while (end > start && isSpace(bytes[end - 1])) {
      end--;
    }
    return Arrays.copyOfRange(bytes, start, end);
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0x0b || b == 0x0c;
  }
}
