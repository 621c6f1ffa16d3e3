package dev.precommit.repo;

import java.nio.file.Path;

/**
 * A separate process for {@link StoreLockProcessTest}: takes the store lock, says so on stdout, and
 * holds it until its stdin is closed.
 */
public final class LockHolder {
  private LockHolder() {}

  public static void main(String[] args) throws Exception {
    try (StoreLock lock = new Store(Path.of(args[0])).lock(m -> {})) {
      System.out.println("locked");
      System.out.flush();
      while (System.in.read() >= 0) {
        // Wait for the parent to close our stdin.
      }
    }
  }
}
