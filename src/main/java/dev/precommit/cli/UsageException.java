package dev.precommit.cli;

import dev.precommit.ExitCodes;
import dev.precommit.FatalException;

/** Arguments that parse but make no sense together: exit code 2, like a parse error. */
public final class UsageException extends FatalException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message, ExitCodes.USAGE);
  }
}
