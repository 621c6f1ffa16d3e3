package dev.precommit.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * The "interrupt this run" hook of one run inside a long-lived engine (the daemon), where a signal
 * cannot mean "restore and halt the JVM": the run's threads belong to this group (threads the run
 * starts inherit it), the processes they start are recorded here, and {@link #cancel} does for this
 * run alone what SIGINT/SIGTERM/SIGHUP do to a CLI run: no new process starts ({@link
 * ProcessRunner} checks), the run's child processes are stopped, the registered handlers (the
 * stash's restore) run, and its threads are interrupted. Call {@link #cancel} from a thread outside
 * the group: the restore's own git commands must not count as the run's.
 *
 * <p>A CLI run has no such group ({@link #current()} is empty) and keeps its JVM signal handlers.
 */
public final class RunCancellation extends ThreadGroup {
  private final Set<Process> processes = ConcurrentHashMap.newKeySet();
  private final Set<Thread> exempt = ConcurrentHashMap.newKeySet();
  private final List<IntConsumer> handlers = new CopyOnWriteArrayList<>();
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

  /**
   * Registers what must happen when the run is cancelled (e.g. restore the stash), given the signal
   * number. Closing the returned handle unregisters it.
   */
  public AutoCloseable onCancel(IntConsumer handler) {
    handlers.add(handler);
    return () -> handlers.remove(handler);
  }

  /**
   * Lets the calling thread start processes after a cancel and keeps them off the list the cancel
   * stops: for the stash's restore, which must complete whichever thread runs it. Close to end.
   */
  public AutoCloseable exempt() {
    Thread thread = Thread.currentThread();
    exempt.add(thread);
    return () -> exempt.remove(thread);
  }

  /** True when the calling thread may not start a process: the run was cancelled. */
  boolean refuses() {
    return cancelled() && !exempt.contains(Thread.currentThread());
  }

  void started(Process process) {
    if (exempt.contains(Thread.currentThread())) {
      return;
    }
    processes.add(process);
    if (cancelled()) {
      stop(process.toHandle());
    }
  }

  void finished(Process process) {
    processes.remove(process);
  }

  /**
   * Cancels the run as {@code signalNumber} would cancel a CLI run. Only the first call counts.
   * Returns when the handlers have run; the run's own threads end shortly after.
   */
  public void cancel(int signalNumber) {
    synchronized (this) {
      if (signal != 0) {
        return;
      }
      signal = signalNumber;
    }
    stopProcesses();
    for (IntConsumer handler : handlers) {
      try {
        handler.accept(signalNumber);
      } catch (RuntimeException e) {
        // The stash's crash record stays: the next run recovers it.
      }
    }
    interrupt();
  }

  /** Stops every process this run started, and their descendants: TERM, then KILL after 2 s. */
  public void stopProcesses() {
    for (Process process : List.copyOf(processes)) {
      stop(process.toHandle());
    }
  }

  private static void stop(ProcessHandle root) {
    List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
    tree.add(0, root);
    tree.forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    for (ProcessHandle p : tree) {
      long left = deadline - System.nanoTime();
      try {
        if (left > 0 && !p.onExit().get(left, TimeUnit.NANOSECONDS).isAlive()) {
          continue;
        }
      } catch (Exception e) {
        // fall through to the forcible kill
      }
      p.destroyForcibly();
    }
  }
}
