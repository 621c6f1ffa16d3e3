package dev.precommit.stash;

import dev.precommit.process.Interrupts;

/**
 * Restores a stash when the run is interrupted: on SIGINT, SIGTERM or SIGHUP through {@link
 * Interrupts} (which stops the hooks first and halts after), and on any other way out of the JVM
 * (an exit called elsewhere, a JVM started with {@code -Xrs}) through a shutdown hook. Both come
 * off on close.
 */
final class SignalRestore implements AutoCloseable {
  private final Interrupts.Registration registration;
  private final Thread shutdownHook;

  private SignalRestore(Interrupts.Registration registration, Thread shutdownHook) {
    this.registration = registration;
    this.shutdownHook = shutdownHook;
  }

  /** {@code onSignal} restores (it must not halt); {@code onShutdown} restores. */
  static SignalRestore install(Runnable onSignal, Runnable onShutdown) {
    Thread hook = new Thread(onShutdown, "precommit-stash-restore");
    SignalRestore installed =
        new SignalRestore(Interrupts.current().onSignal(signal -> onSignal.run()), hook);
    try {
      Runtime.getRuntime().addShutdownHook(hook);
    } catch (IllegalStateException e) {
      // Already shutting down: the caller's own finally restores.
    }
    return installed;
  }

  @Override
  public void close() {
    registration.close();
    if (Thread.currentThread() != shutdownHook) {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException e) {
        // Shutting down: the hook is running or about to, and finds the stash closed.
      }
    }
  }
}
