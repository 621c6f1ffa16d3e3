package dev.precommit.process;

/**
 * How a thread of an interrupted daemon run leaves once the interrupt's sequence (stop, restore,
 * report) is over: the CLI's threads wait for the halt instead. Not a failure to report: the run's
 * exit code is 128 + the signal, and its output was muted.
 */
public final class RunCancelledError extends Error {
  public RunCancelledError() {
    super("the run was interrupted", null, false, false);
  }
}
