package dev.precommit.run;

import dev.precommit.git.GitRepo;
import java.util.Arrays;

/**
 * The latest {@code git diff} of a serial run, to tell whether an external hook changed files:
 * taken before the hook (unless still known) and again after it. Built-ins say themselves whether
 * they changed files and need none, but one that did makes the known snapshot stale.
 */
final class DiffSnapshot {
  private final GitRepo git;

  /** The latest snapshot, or null when none is known. */
  private byte[] known;

  DiffSnapshot(GitRepo git) {
    this.git = git;
  }

  /** The working tree matches the index: the snapshot is known to be empty. */
  void assumeClean() {
    known = new byte[0];
  }

  /** The working tree may have changed since the latest snapshot. */
  void forget() {
    known = null;
  }

  /** Before an external hook: takes the snapshot unless it is known. */
  void takeIfUnknown() {
    if (known == null) {
      known = git.diffSnapshot();
    }
  }

  /** After an external hook: takes the snapshot and says whether it differs from the one before. */
  boolean changed() {
    byte[] after = git.diffSnapshot();
    boolean changed = !Arrays.equals(known, after);
    known = after;
    return changed;
  }
}
