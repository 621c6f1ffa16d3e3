package dev.precommit.run;

import dev.precommit.repo.Hook;

/**
 * Told when each hook starts and ends, in the order the hooks print: lets CI integrations frame a
 * hook's console output (GitHub Actions groups, annotations) without the runner knowing about them.
 */
public interface HookListener {
  /** A listener that does nothing: the plain console run. */
  HookListener NONE = new HookListener() {};

  /** Before anything of {@code hook} is printed, its status line included. */
  default void starting(Hook hook) {}

  /** After everything of the hook is printed. */
  default void finished(HookResult result) {}
}
