package dev.precommit.hooks;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * A check that ends before looking at any file: bad arguments (argparse's exit code 2 with a usage
 * line) or a missing precondition, with the output and exit code the Python script would give.
 */
public final class CheckAbortedException extends Exception {
  private static final long serialVersionUID = 1L;
  private final int exitCode;
  private final transient byte[] output;

  public CheckAbortedException(int exitCode, String output) {
    super(output.strip());
    this.exitCode = exitCode;
    this.output = output.getBytes(StandardCharsets.UTF_8);
  }

  /** An argparse-style error: a usage line, {@code <prog>: error: <message>}, exit code 2. */
  public static CheckAbortedException usage(String usage, String prog, String message) {
    return new CheckAbortedException(2, usage + "\n" + prog + ": error: " + message + "\n");
  }

  public int exitCode() {
    return exitCode;
  }

  public byte[] output() {
    return output.clone();
  }

  /** The check's result: what the script would have printed, and its exit code. */
  public CheckResult toResult() {
    return new CheckResult(exitCode, output.clone(), Set.of());
  }
}
