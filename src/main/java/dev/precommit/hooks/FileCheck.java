package dev.precommit.hooks;

/**
 * A content check with its arguments parsed: a pure function from one file's bytes to a verdict, so
 * the engine can run every enabled check over a file on one read, on any thread. Implementations
 * must be thread-safe (they are called concurrently for different files).
 */
@FunctionalInterface
public interface FileCheck {

  /** Looks at (and maybe fixes) {@code content}, the bytes of {@code path}. */
  FileVerdict check(String path, byte[] content);

  /** What the script prints before looking at any file (a deprecation note, say). */
  default byte[] header() {
    return new byte[0];
  }

  /** What the script prints after the last file, given whether any file failed. */
  default byte[] trailer(boolean anyFailed) {
    return new byte[0];
  }

  /**
   * The argparse error for an invocation with no file names, for scripts whose file names are
   * required ({@code nargs='+'}); null when none are required.
   */
  default CheckAbortedException noFilesError() {
    return null;
  }

  /**
   * True when a verdict may {@link FileVerdict#halt() halt} the batch (the script can crash); the
   * pass then finds where each batch stops, and a fixer's writes are deferred until it knows.
   */
  default boolean canHalt() {
    return false;
  }

  /** {@code check}, whose verdicts may {@link FileVerdict#halt() halt} its batch. */
  static FileCheck mayCrash(FileCheck check) {
    return new FileCheck() {
      @Override
      public FileVerdict check(String path, byte[] content) {
        return check.check(path, content);
      }

      @Override
      public boolean canHalt() {
        return true;
      }
    };
  }
}
