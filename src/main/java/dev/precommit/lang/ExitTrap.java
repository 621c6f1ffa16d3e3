package dev.precommit.lang;

/**
 * What {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} become inside an
 * in-process JVM hook: {@link IsolatedClassLoader} rewrites those calls to these methods, which
 * throw {@link Exit} instead of ending the engine's JVM. Public because rewritten tool classes in
 * another class loader call it.
 */
public final class ExitTrap {
  private ExitTrap() {}

  /** Replaces {@code System.exit(status)}. */
  public static void exit(int status) {
    throw new Exit(status);
  }

  /** Replaces {@code runtime.exit(status)} and {@code runtime.halt(status)}. */
  public static void runtimeExit(Runtime runtime, int status) {
    throw new Exit(status);
  }

  /** The hook asked to end the JVM with {@code status}. An Error, so few tools catch it. */
  public static final class Exit extends Error {
    private static final long serialVersionUID = 1L;
    private final int status;

    Exit(int status) {
      super("System.exit(" + status + ")", null, false, false);
      this.status = status;
    }

    public int status() {
      return status;
    }
  }
}
