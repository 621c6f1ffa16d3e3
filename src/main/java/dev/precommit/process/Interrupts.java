package dev.precommit.process;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * What SIGINT, SIGTERM and SIGHUP do while a run is on: {@linkplain RunningHooks#stop stop the
 * hooks} (their processes end with everything they started), run the registered actions newest
 * first (the stash's restore, then the report of the interrupt), and halt with 128 + the signal
 * number: 130, 143, 129. Halting (not {@code System.exit}) matters: no other thread gets to exit
 * first with another code. A second signal while the first is handled is ignored, so a second
 * Ctrl-C cannot cut a restore short. The handlers ({@code sun.misc.Signal}, in jdk.unsupported of
 * every JDK since 9) are installed while any action is registered, and the previous ones come back
 * after.
 *
 * <p>The JVM's ({@link #jvm()}) is the CLI's run and the one registry of signal handlers, as
 * signals are per process. A run inside the daemon has its own ({@link RunCancellation}): its
 * actions are registered the same way but install no handler, and a cancel from its client runs the
 * same sequence (stop, actions newest first) without the halt.
 */
public final class Interrupts {
  private static final Interrupts JVM = new Interrupts(true);
  private static final String[] SIGNALS = {"INT", "TERM", "HUP"};

  /** How long in-process checks get to finish before the stash is restored. */
  private static final Duration CHECKS_FINISH = Duration.ofSeconds(10);

  /** A registered action; closing it unregisters it. */
  public interface Registration extends AutoCloseable {
    @Override
    void close();
  }

  private final Object lock = new Object();
  private final Deque<IntConsumer> actions = new ArrayDeque<>();
  private final List<Signal> installed = new ArrayList<>();
  private final List<SignalHandler> previous = new ArrayList<>();
  private final AtomicBoolean handling = new AtomicBoolean();
  private final boolean signals;
  private final RunningHooks hooks;

  private Interrupts(boolean signals) {
    this.signals = signals;
    this.hooks = new RunningHooks(signals);
  }

  /** This JVM's: the CLI run's, whose signals halt the JVM. */
  static Interrupts jvm() {
    return JVM;
  }

  /** A daemon run's own: no signal handlers, no halt. */
  static Interrupts forRun() {
    return new Interrupts(false);
  }

  /** The calling thread's run's: the daemon run's when it belongs to one, else the JVM's. */
  public static Interrupts current() {
    return RunCancellation.current().map(RunCancellation::interrupts).orElse(JVM);
  }

  /** The hooks of this run. */
  RunningHooks hooks() {
    return hooks;
  }

  /**
   * Registers {@code action}, to be run with the signal's number when one arrives, until the
   * returned registration is closed. The action must not halt or exit.
   */
  public Registration onSignal(IntConsumer action) {
    synchronized (lock) {
      if (actions.isEmpty() && signals) {
        install();
      }
      actions.push(action);
    }
    return () -> {
      synchronized (lock) {
        if (actions.removeIf(a -> a == action) && actions.isEmpty() && signals) {
          uninstall();
        }
      }
    };
  }

  private void install() {
    for (String name : SIGNALS) {
      try {
        Signal signal = new Signal(name);
        SignalHandler old = Signal.handle(signal, s -> handle(s.getNumber()));
        installed.add(signal);
        previous.add(old);
      } catch (IllegalArgumentException e) {
        // The JVM keeps this signal for itself (-Xrs, or no such signal here).
      }
    }
  }

  private void uninstall() {
    for (int i = 0; i < installed.size(); i++) {
      try {
        Signal.handle(installed.get(i), previous.get(i));
      } catch (IllegalArgumentException e) {
        // Cannot happen for a signal we installed a handler for; nothing to put back.
      }
    }
    installed.clear();
    previous.clear();
  }

  private void handle(int signal) {
    if (!handling.compareAndSet(false, true)) {
      return;
    }
    try {
      stopAndAct(signal);
    } finally {
      Runtime.getRuntime().halt(128 + signal);
    }
  }

  /**
   * A daemon run's interrupt: what a signal does to a CLI run, but the JVM goes on; the run's
   * threads leave (by {@link RunCancelledError}) once this returns. Only the first call acts.
   */
  void interruptRun(int signal) {
    if (!handling.compareAndSet(false, true)) {
      return;
    }
    try {
      stopAndAct(signal);
    } finally {
      hooks.settled();
    }
  }

  private void stopAndAct(int signal) {
    hooks.stop(CHECKS_FINISH);
    List<IntConsumer> todo;
    synchronized (lock) {
      todo = List.copyOf(actions);
    }
    for (IntConsumer action : todo) {
      try {
        action.accept(signal);
      } catch (RuntimeException | Error e) {
        // The next action (and the halt) must still happen; a stash that could not be restored
        // keeps its crash record for the next run.
      }
    }
  }
}
