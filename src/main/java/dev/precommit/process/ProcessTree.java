package dev.precommit.process;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Ends processes together with every process they started. The descendants are found before
 * anything is signalled (once a parent is gone its children are no longer its descendants), each
 * gets SIGTERM, and whatever is still alive after the grace period gets SIGKILL.
 */
public final class ProcessTree {
  /** How long a process gets to exit after SIGTERM. */
  public static final Duration GRACE = Duration.ofSeconds(2);

  private ProcessTree() {}

  /**
   * Ends {@code roots} and their descendants, waiting up to {@code grace} before killing the ones
   * still alive; returns once all are gone or killed.
   */
  public static void end(List<ProcessHandle> roots, Duration grace) {
    Set<ProcessHandle> all = withDescendants(roots);
    if (all.isEmpty()) {
      return;
    }
    all.forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + grace.toNanos();
    for (ProcessHandle p : List.copyOf(all)) {
      long left = deadline - System.nanoTime();
      if (left > 0) {
        try {
          p.onExit().get(left, TimeUnit.NANOSECONDS);
        } catch (Exception e) {
          // still alive (or cannot be waited for): killed below
        }
      }
    }
    // Children started during the grace period are ended too.
    List<ProcessHandle> alive = all.stream().filter(ProcessHandle::isAlive).toList();
    for (ProcessHandle p : withDescendants(alive)) {
      p.destroyForcibly();
    }
  }

  private static Set<ProcessHandle> withDescendants(List<ProcessHandle> roots) {
    Set<ProcessHandle> all = new LinkedHashSet<>();
    for (ProcessHandle root : roots) {
      if (root.isAlive()) {
        List<ProcessHandle> below = new ArrayList<>(root.descendants().toList());
        all.add(root);
        all.addAll(below);
      }
    }
    return all;
  }
}
