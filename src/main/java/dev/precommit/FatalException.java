package dev.precommit;

/**
 * A problem the user can fix (bad config, wrong state of the repository, missing tool). Printed as
 * one line, {@code An error has occurred: <message>}, with exit code 1 unless another is given.
 */
public class FatalException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  public FatalException(String message) {
    this(message, ExitCodes.FAILED);
  }

  public FatalException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  public FatalException(String message, Throwable cause) {
    super(message, cause);
    this.exitCode = ExitCodes.FAILED;
  }

  public int exitCode() {
    return exitCode;
  }
}
