package dev.precommit.repo;

import dev.precommit.FatalException;

/**
 * The config names a hook id the repository's manifest does not define. Printed as an {@code
 * [ERROR]} line (pre-commit's wording), exit code 1.
 */
public final class MissingHookException extends FatalException {
  private static final long serialVersionUID = 1L;

  public MissingHookException(String hookId, String repo) {
    super(
        "`"
            + hookId
            + "` is not present in repository "
            + repo
            + ".  Typo? Perhaps it is"
            + " introduced in a newer version?  Often `precommit autoupdate` fixes this.");
  }
}
