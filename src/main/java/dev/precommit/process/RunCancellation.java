package dev.precommit.process;

import java.util.Optional;

/**
 * One run inside a long-lived engine (the daemon), where a signal cannot mean "restore and halt the
 * JVM". The run's threads belong to this group (threads the run starts inherit it), so {@link
 * #current()} finds the run from any of them, and with it the run's own {@link Interrupts} and
 * {@link RunningHooks}: what the run registers for an interrupt (the stash's restore, the report)
 * and the hooks it starts are its own, not the JVM's. {@link #cancel} does for this run alone what
 * SIGINT, SIGTERM or SIGHUP do to a CLI run, minus the halt: the hooks stop (their process trees
 * end), the actions run newest first (restore, then the report), the run's threads leave. Call it
 * from a thread outside the group: that thread is the one that restores, as the signal handler's
 * thread is in the CLI.
 *
 * <p>A CLI run has no such group ({@link #current()} is empty) and uses the JVM's instances, whose
 * signal handlers halt the JVM.
 */
public final class RunCancellation extends ThreadGroup {
  private final Interrupts interrupts = Interrupts.forRun();
  private volatile int signal;

  public RunCancellation(String name) {
    super(name);
  }

  /** The run the calling thread belongs to, when it runs inside the daemon. */
  public static Optional<RunCancellation> current() {
    return Thread.currentThread().getThreadGroup() instanceof RunCancellation run
        ? Optional.of(run)
        : Optional.empty();
  }

  /** The signal number the run was cancelled with, or 0. */
  public int signal() {
    return signal;
  }

  public boolean cancelled() {
    return signal != 0;
  }

  Interrupts interrupts() {
    return interrupts;
  }

  RunningHooks hooks() {
    return interrupts.hooks();
  }

  /**
   * Cancels the run as {@code signalNumber} would interrupt a CLI run. Only the first call counts.
   * Returns once the stash is restored and the interrupt reported; the run's own threads end
   * shortly after.
   */
  public void cancel(int signalNumber) {
    synchronized (this) {
      if (signal != 0) {
        return;
      }
      signal = signalNumber;
    }
    interrupts.interruptRun(signalNumber);
    interrupt();
  }
}
