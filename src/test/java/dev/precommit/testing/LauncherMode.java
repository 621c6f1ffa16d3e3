package dev.precommit.testing;

/**
 * The two ways an installed hook reaches the engine: a JVM per call, or the compiled client and a
 * warm daemon. End-to-end tests run both and must see the same output, exit codes and trees.
 */
public enum LauncherMode {
  /** The launcher starts a JVM ({@code PRECOMMIT_DAEMON=0}, or no client). */
  JVM,
  /** The launcher runs the compiled client, which hands the call to a running daemon. */
  DAEMON
}
