package dev.precommit.run;

import dev.precommit.hooks.Check;
import dev.precommit.hooks.ContentCheck;
import dev.precommit.repo.Hook;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What the runner needs to know of a hook's kind: the built-in check it is (none for an external
 * hook), whether it joins a fused pass, whether it can change files.
 */
final class HookKinds {
  private final Function<Hook, Check> builtins;

  /** Knows built-ins through {@code builtins}, which gives null for an external hook. */
  HookKinds(Function<Hook, Check> builtins) {
    this.builtins = builtins;
  }

  /** The hook's built-in check, or null when it is an external hook. */
  Check builtin(Hook hook) {
    return builtins.apply(hook);
  }

  boolean external(Hook hook) {
    return builtins.apply(hook) == null;
  }

  /** True for a built-in content check that will run: such hooks share one pass over files. */
  boolean fusable(Hook hook, List<String> files, Set<String> skips) {
    boolean skipped = skips.contains(hook.id()) || skips.contains(hook.config().alias());
    boolean runs = !files.isEmpty() || hook.config().alwaysRun();
    return !skipped && runs && builtins.apply(hook) instanceof ContentCheck;
  }

  /** True when the hook cannot change files: a built-in that is not a fixer, pygrep, fail. */
  boolean readOnly(Hook hook) {
    Check check = builtins.apply(hook);
    if (check != null) {
      return !check.info().fixer();
    }
    String language = hook.config().language();
    return language.equals("pygrep") || language.equals("fail");
  }
}
