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
 * after. One per JVM, as signals are.
 */
public final class Interrupts {
  private static final Interrupts JVM = new Interrupts();
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

  private Interrupts() {}

  /** This JVM's. */
  public static Interrupts jvm() {
    return JVM;
  }

  /**
   * Registers {@code action}, to be run with the signal's number when one arrives, until the
   * returned registration is closed. The action must not halt or exit.
   */
  public Registration onSignal(IntConsumer action) {
    synchronized (lock) {
      if (actions.isEmpty()) {
        install();
      }
      actions.push(action);
    }
    return () -> {
      synchronized (lock) {
        if (actions.removeIf(a -> a == action) && actions.isEmpty()) {
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
      RunningHooks.jvm().stop(CHECKS_FINISH);
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
    } finally {
      Runtime.getRuntime().halt(128 + signal);
    }
  }
}
