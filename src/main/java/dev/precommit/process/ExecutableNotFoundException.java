package dev.precommit.process;

/**
 * A hook's executable cannot be run: not found, a directory, or not executable. pre-commit shows
 * the message as the hook's output with exit code 1, not as a crash.
 */
public final class ExecutableNotFoundException extends Exception {
  private static final long serialVersionUID = 1L;

  public ExecutableNotFoundException(String message) {
    super(message);
  }
}
