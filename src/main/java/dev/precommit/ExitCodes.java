package dev.precommit;

/** The exit codes every command keeps to (DESIGN.md). */
public final class ExitCodes {
  /** Every hook passed. */
  public static final int OK = 0;

  /** A hook failed or changed files, or the user must fix something (config, repository state). */
  public static final int FAILED = 1;

  /** The command line could not be parsed. */
  public static final int USAGE = 2;

  /** A bug: one line on stderr, the stack trace in the cache's log file. */
  public static final int INTERNAL = 3;

  /** Interrupted by SIGINT. */
  public static final int INTERRUPTED = 130;

  /** Terminated by SIGTERM. */
  public static final int TERMINATED = 143;

  private ExitCodes() {}
}
