package dev.precommit.git;

import dev.precommit.FatalException;

/** A git operation failed; the message says which and what git said. */
public final class GitException extends FatalException {
  private static final long serialVersionUID = 1L;

  public GitException(String message) {
    super(message);
  }

  public GitException(String message, Throwable cause) {
    super(message, cause);
  }
}
