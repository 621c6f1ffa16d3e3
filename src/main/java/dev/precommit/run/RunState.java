package dev.precommit.run;

import dev.precommit.output.StatusLine;
import dev.precommit.repo.Hook;
import java.util.List;
import java.util.Set;

/**
 * What every step of one run shares: the status line layout, the options, and the results so far
 * (in the order they were printed).
 */
record RunState(
    StatusLine line,
    Set<String> skips,
    boolean verbose,
    boolean failFast,
    List<HookResult> results) {

  boolean skipped(Hook hook) {
    return skips.contains(hook.id()) || skips.contains(hook.config().alias());
  }

  boolean stopsOnFailure(Hook hook) {
    return failFast || hook.config().failFast();
  }
}
