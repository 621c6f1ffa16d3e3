package dev.precommit.process;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * The hooks at work in one run: the processes started for them and the checks running in-process.
 * An interrupted run {@linkplain #stop stops} them: the hook processes end with everything they
 * started, the in-process checks get to finish (so none writes a file after the stash is back), and
 * from then on only the stopping thread (the signal handler, which restores the stash, reports and
 * halts) gets anything done: a thread that would start a hook process, report a hook's result or
 * print waits for the halt instead.
 *
 * <p>A CLI run is the JVM's only run: its instance is {@link Interrupts#jvm()}'s, and a stopped run
 * ends by the JVM's halt. A run inside the daemon has its own ({@link RunCancellation}): the JVM
 * goes on serving other runs, so a thread of a stopped run waits only until the stop's sequence is
 * over ({@link #settled}) and then leaves by throwing {@link RunCancelledError}; and the hooks'
 * orphans are not looked for, as the daemon's process group is every run's.
 */
public final class RunningHooks {

  /**
   * A hook process as a record of the run can name it.
   *
   * @param pid its process id
   * @param startMillis when it started (epoch millis), to tell a reused pid apart; -1 when unknown
   */
  public record Started(long pid, long startMillis) {
    /** The process, if it is still the one that was started. */
    public Optional<ProcessHandle> stillRunning() {
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .filter(p -> startMillis < 0 || startMillis(p) < 0 || startMillis(p) == startMillis);
    }

    static Started of(ProcessHandle process) {
      return new Started(process.pid(), startMillis(process));
    }

    private static long startMillis(ProcessHandle process) {
      return process.info().startInstant().map(i -> i.toEpochMilli()).orElse(-1L);
    }
  }

  /** How long a hook's death by SIGINT, SIGTERM or SIGHUP waits for precommit's own signal. */
  private static final Duration INTERRUPT_LAG = Duration.ofSeconds(1);

  private final Object lock = new Object();
  private final Map<Process, Started> live = new LinkedHashMap<>();
  private final Set<Process> others = new HashSet<>();
  private final List<Consumer<List<Started>>> watchers = new CopyOnWriteArrayList<>();
  private int inProcess;
  private long firstStartMillis = Long.MAX_VALUE;

  /** How deep the current thread is in in-process work: a stop does not wait for a parked one. */
  private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

  private volatile Thread stopper;

  /** True for the CLI's: the JVM halts once the run is stopped. */
  private final boolean haltsJvm;

  /** Counted down once a daemon run's stop sequence (restore, report) is over. */
  private final CountDownLatch over = new CountDownLatch(1);

  RunningHooks(boolean haltsJvm) {
    this.haltsJvm = haltsJvm;
  }

  /**
   * The calling thread's run's: the daemon run's when the thread belongs to one, else the JVM's
   * (the CLI's, and that of threads outside any run).
   */
  public static RunningHooks current() {
    return RunCancellation.current()
        .map(RunCancellation::hooks)
        .orElseGet(() -> Interrupts.jvm().hooks());
  }

  /** Starts a hook's process, unless the run is being stopped (then this waits for the halt). */
  public Process start(ProcessBuilder builder) throws IOException {
    synchronized (lock) {
      if (!held()) {
        Process process = builder.start();
        Started started = Started.of(process.toHandle());
        live.put(process, started);
        if (started.startMillis() >= 0) {
          firstStartMillis = Math.min(firstStartMillis, started.startMillis());
        }
        List<Started> now = List.copyOf(live.values());
        for (Consumer<List<Started>> watcher : watchers) {
          watcher.accept(now);
        }
        return process;
      }
    }
    throw waitForHalt();
  }

  /**
   * Starts a process that is not a hook's (git, an installer): as in the CLI, a stop does not
   * refuse or end it (the thread that holds the stash's lock must be able to finish), the stash's
   * restore does ({@link #endProcesses}). The CLI's is not recorded, as that restore ends every
   * child of the JVM; a daemon run's is.
   */
  public Process startOther(ProcessBuilder builder) throws IOException {
    Process process = builder.start();
    if (!haltsJvm) {
      synchronized (lock) {
        others.add(process);
      }
    }
    return process;
  }

  /** Called once a process {@link #startOther} started has been waited for. */
  public void endedOther(Process process) {
    if (!haltsJvm) {
      synchronized (lock) {
        others.remove(process);
      }
    }
  }

  /**
   * Called once a hook's process has exited and its output is read: when the run is being stopped,
   * its result is not reported (this waits for the halt instead).
   */
  public void ended(Process process) {
    synchronized (lock) {
      live.remove(process);
      if (diedOfAnInterrupt(process)) {
        // Ctrl-C in a terminal signals the hook and precommit at once, and the hook may die of it
        // before precommit's handler starts: give the handler a moment to stop the run, so the
        // hook is not reported as a failure first.
        long deadline = System.nanoTime() + INTERRUPT_LAG.toNanos();
        long left;
        while (stopper == null && (left = deadline - System.nanoTime()) > 0) {
          try {
            lock.wait(Math.max(1, left / 1_000_000));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            break;
          }
        }
      }
    }
    if (held()) {
      throw waitForHalt();
    }
  }

  /** Work a check does in-process. */
  public interface Work<T> {
    T call() throws IOException;
  }

  /**
   * Runs a built-in check's work: a stop waits for it to finish, and once stopped, its result is
   * not reported (this waits for the halt instead).
   */
  public <T> T inProcess(Work<T> work) throws IOException {
    synchronized (lock) {
      if (held()) {
        throw waitForHalt();
      }
      inProcess++;
    }
    T result;
    depth.get()[0]++;
    try {
      result = work.call();
    } finally {
      depth.get()[0]--;
      synchronized (lock) {
        inProcess--;
        lock.notifyAll();
      }
    }
    if (held()) {
      throw waitForHalt();
    }
    return result;
  }

  /**
   * Tells {@code watcher} the running hook processes each time one starts, until the returned
   * handle is closed.
   */
  public Interrupts.Registration watch(Consumer<List<Started>> watcher) {
    watchers.add(watcher);
    return () -> watchers.remove(watcher);
  }

  /**
   * Stops every hook: no hook process starts any more, the running ones end with their descendants
   * ({@link ProcessTree}) and with the {@link Orphans} hooks left, and in-process checks get up to
   * {@code wait} to finish. From then on the calling thread is the only one that gets on: see
   * {@link #held}.
   */
  public void stop(Duration wait) {
    List<ProcessHandle> running = new ArrayList<>();
    long since;
    synchronized (lock) {
      if (stopper == null) {
        stopper = Thread.currentThread();
        lock.notifyAll();
      }
      live.keySet().forEach(p -> running.add(p.toHandle()));
      since = firstStartMillis;
    }
    if (since != Long.MAX_VALUE && haltsJvm) {
      running.addAll(Orphans.since(since));
    }
    ProcessTree.end(running, ProcessTree.GRACE);
    long deadline = System.nanoTime() + wait.toNanos();
    synchronized (lock) {
      long left;
      while (inProcess > 0 && (left = deadline - System.nanoTime()) > 0) {
        try {
          lock.wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /**
   * Ends, with their descendants, the processes the run still has: in the CLI every child of the
   * JVM (the run's hooks, git, installers), in a daemon run its own, and no other run's. For the
   * stash's restore, which must not have a process of the run change the files under it.
   */
  public void endProcesses() {
    List<ProcessHandle> roots = new ArrayList<>();
    if (haltsJvm) {
      roots.addAll(ProcessHandle.current().children().toList());
    } else {
      synchronized (lock) {
        live.keySet().forEach(p -> roots.add(p.toHandle()));
        others.forEach(p -> roots.add(p.toHandle()));
      }
    }
    ProcessTree.end(roots, ProcessTree.GRACE);
  }

  /** True for the CLI's: the JVM is the run's, and an interrupt halts it. */
  public boolean haltsJvm() {
    return haltsJvm;
  }

  /**
   * Tells the threads of a stopped daemon run that the stop's sequence is over: they leave now
   * instead of waiting for a halt.
   */
  void settled() {
    over.countDown();
  }

  /** True once {@link #stop} was called: the run is being (or was) interrupted. */
  public boolean stopped() {
    return stopper != null;
  }

  /** A process killed by signal N exits, as Java reports it, with 128 + N. */
  private static boolean diedOfAnInterrupt(Process process) {
    if (process.isAlive()) {
      return false;
    }
    int code = process.exitValue();
    return code == 128 + 2 || code == 128 + 15 || code == 128 + 1;
  }

  /** True when the run is being stopped by another thread: the caller must not get on. */
  public boolean held() {
    Thread by = stopper;
    return by != null && by != Thread.currentThread();
  }

  /** When the run is being stopped by another thread, waits for the halt; otherwise returns. */
  public void awaitHaltIfStopped() {
    if (held()) {
      throw waitForHalt();
    }
  }

  /**
   * Parks the calling thread until the stopping thread halts the JVM (in a daemon run: until the
   * stop's sequence is over, then throws {@link RunCancelledError}). In-process work the thread is
   * inside counts as finished: it goes no further.
   */
  private Error waitForHalt() {
    int inside = depth.get()[0];
    if (inside > 0) {
      synchronized (lock) {
        inProcess -= inside;
        lock.notifyAll();
      }
    }
    if (!haltsJvm) {
      boolean interrupted = false;
      while (true) {
        try {
          over.await();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      throw new RunCancelledError();
    }
    while (true) {
      LockSupport.park(RunningHooks.class);
    }
  }
}
