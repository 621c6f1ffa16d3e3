package dev.precommit.run;

import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckResult;
import dev.precommit.hooks.ContentCheck;
import dev.precommit.hooks.FusedPass;
import dev.precommit.process.RunningHooks;
import dev.precommit.repo.Hook;
import dev.precommit.select.FileOrder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs consecutive built-in content checks in one {@link FusedPass} over their files: each file is
 * read once, every check applied in config order, written once.
 */
final class FusedRun {
  private final HookKinds kinds;
  private final CheckContext checkContext;
  private final XargsOrder xargs;

  /** A fused hook's result and its share of the pass's time. */
  record Result(CheckResult result, double seconds) {}

  FusedRun(HookKinds kinds, CheckContext checkContext, XargsOrder xargs) {
    this.kinds = kinds;
    this.checkContext = checkContext;
    this.xargs = xargs;
  }

  /**
   * Runs the consecutive content checks of {@code hooks} from {@code first} (up to the first hook
   * that is not one) and returns their results by index. With {@code endAtFailFast} the pass ends
   * at a hook that stops the run when it fails, so nothing runs after it that would not have. An
   * interrupt lets the pass finish (see {@link RunningHooks#inProcess}).
   */
  Map<Integer, Result> run(
      List<Hook> hooks,
      List<List<String>> filesOf,
      int first,
      Set<String> skips,
      boolean failFast,
      boolean endAtFailFast)
      throws IOException {
    return RunningHooks.current()
        .inProcess(() -> runPass(hooks, filesOf, first, skips, failFast, endAtFailFast));
  }

  private Map<Integer, Result> runPass(
      List<Hook> hooks,
      List<List<String>> filesOf,
      int first,
      Set<String> skips,
      boolean failFast,
      boolean endAtFailFast)
      throws IOException {
    List<Integer> members = new ArrayList<>();
    List<FusedPass.Step> steps = new ArrayList<>();
    Map<List<String>, List<String>> shuffled = new HashMap<>();
    for (int i = first; i < hooks.size(); i++) {
      Hook hook = hooks.get(i);
      if (!kinds.fusable(hook, filesOf.get(i), skips)) {
        break;
      }
      members.add(i);
      // The shuffle is seeded: hooks given the same files get them in the same order.
      List<String> files =
          hook.config().requireSerial()
              ? filesOf.get(i)
              : shuffled.computeIfAbsent(filesOf.get(i), FileOrder::shuffle);
      steps.add(
          new FusedPass.Step(
              (ContentCheck) kinds.builtin(hook),
              hook.config().args(),
              xargs.batches(hook, files)));
      if (endAtFailFast && (failFast || hook.config().failFast())) {
        break;
      }
    }
    long started = System.nanoTime();
    List<CheckResult> checked = FusedPass.run(checkContext, steps);
    double share = (System.nanoTime() - started) / 1e9 / members.size();
    Map<Integer, Result> results = new HashMap<>();
    for (int k = 0; k < members.size(); k++) {
      results.put(members.get(k), new Result(checked.get(k), share));
    }
    return results;
  }
}
