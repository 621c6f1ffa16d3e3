package dev.precommit.stash;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Restores a stash when the run is interrupted. Signal handlers (jdk.unsupported's {@code
 * sun.misc.Signal}, present in every JDK since 9) run the restore and then halt with 128 + the
 * signal number: 130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP. Halting (not {@code System.exit})
 * matters: shutdown hooks run while the main thread keeps going, which could let a hook write over
 * the restored files; a halt right after the restore leaves no such window. A shutdown hook covers
 * the remaining ways out (an exit called elsewhere, a JVM started with {@code -Xrs}). The previous
 * handlers come back on close.
 */
final class SignalRestore implements AutoCloseable {
  private static final String[] SIGNALS = {"INT", "TERM", "HUP"};

  private final List<Signal> signals = new ArrayList<>();
  private final List<SignalHandler> previous = new ArrayList<>();
  private final Thread shutdownHook;

  private SignalRestore(Runnable onShutdown) {
    this.shutdownHook = new Thread(onShutdown, "precommit-stash-restore");
  }

  /**
   * Installs the handlers. {@code onSignal} gets the signal's number and must restore and halt;
   * {@code onShutdown} restores.
   */
  static SignalRestore install(IntConsumer onSignal, Runnable onShutdown) {
    SignalRestore installed = new SignalRestore(onShutdown);
    for (String name : SIGNALS) {
      try {
        Signal signal = new Signal(name);
        SignalHandler old = Signal.handle(signal, s -> onSignal.accept(s.getNumber()));
        installed.signals.add(signal);
        installed.previous.add(old);
      } catch (IllegalArgumentException e) {
        // The JVM keeps this signal for itself (-Xrs, or no such signal here): the shutdown hook
        // still restores on the way out.
      }
    }
    try {
      Runtime.getRuntime().addShutdownHook(installed.shutdownHook);
    } catch (IllegalStateException e) {
      // Already shutting down: the caller's own finally restores.
    }
    return installed;
  }

  @Override
  public void close() {
    for (int i = 0; i < signals.size(); i++) {
      try {
        Signal.handle(signals.get(i), previous.get(i));
      } catch (IllegalArgumentException e) {
        // Cannot happen for a signal we installed a handler for; nothing to put back.
      }
    }
    signals.clear();
    previous.clear();
    if (Thread.currentThread() != shutdownHook) {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException e) {
        // Shutting down: the hook is running or about to, and finds the stash closed.
      }
    }
  }
}
