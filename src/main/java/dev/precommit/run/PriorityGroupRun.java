package dev.precommit.run;

import dev.precommit.git.GitRepo;
import dev.precommit.hooks.Check;
import dev.precommit.hooks.CheckResult;
import dev.precommit.hooks.ContentCheck;
import dev.precommit.process.ProcessResult;
import dev.precommit.repo.Hook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs a group of hooks that share a priority at the same time, at most {@code jobs} at once, and
 * then prints them in config order as a serial run would have. Built-in content checks of the group
 * share one pass over their files. Two parts of the group that could touch the same file run one
 * after the other, in config order. The whole group runs even when one of its hooks fails with
 * fail-fast; the run stops after it.
 */
final class PriorityGroupRun {
  private final GitRepo git;
  private final HookKinds kinds;
  private final FusedRun fused;
  private final BuiltinRun builtin;
  private final ExternalRun external;
  private final ResultPrinter printer;
  private final HookListener listener;
  private final int jobs;
  private final String projectDir;

  PriorityGroupRun(
      GitRepo git,
      HookKinds kinds,
      FusedRun fused,
      BuiltinRun builtin,
      ExternalRun external,
      ResultPrinter printer,
      HookListener listener,
      int jobs,
      String projectDir) {
    this.git = git;
    this.kinds = kinds;
    this.fused = fused;
    this.builtin = builtin;
    this.external = external;
    this.printer = printer;
    this.listener = listener;
    this.jobs = jobs;
    this.projectDir = projectDir;
  }

  /**
   * Runs {@code group}, each hook over its files in {@code filesOf}, and adds the results to {@code
   * state}. Returns true when a fail-fast failure stops the run.
   */
  boolean run(List<Hook> group, List<List<String>> filesOf, RunState state) throws IOException {
    GroupPlan plan = GroupPlan.of(group, filesOf, state, kinds);
    HookResult[] results = plan.results();
    Map<Integer, Set<String>> rewritten = new ConcurrentHashMap<>();
    ChangeAttribution changes =
        ChangeAttribution.before(plan.parts(), group, git, kinds, projectDir);
    ConcurrentParts.run(
        plan.parts(), jobs, part -> runPart(part, group, filesOf, results, rewritten));
    changes.attribute(group, filesOf, results, rewritten);
    return print(group, results, state);
  }

  /**
   * Runs one part, putting each of its hooks' results in {@code results} and the files each
   * built-in rewrote in {@code rewritten}.
   */
  private void runPart(
      GroupPart part,
      List<Hook> group,
      List<List<String>> filesOf,
      HookResult[] results,
      Map<Integer, Set<String>> rewritten) {
    try {
      Hook first = group.get(part.first());
      Check check = kinds.builtin(first);
      if (part.members().size() > 1 || check instanceof ContentCheck) {
        List<Hook> hooks = part.members().stream().map(group::get).toList();
        List<List<String>> files = part.members().stream().map(filesOf::get).toList();
        Map<Integer, FusedRun.Result> done = fused.run(hooks, files, 0, Set.of(), false, false);
        for (int m = 0; m < hooks.size(); m++) {
          FusedRun.Result result = done.get(m);
          Hook hook = hooks.get(m);
          rewritten.put(part.members().get(m), result.result().modifiedFiles());
          results[part.members().get(m)] =
              HookResult.checked(
                  hook, XargsOrder.ordered(hook, files.get(m)), result.result(), result.seconds());
        }
        return;
      }
      List<String> files = filesOf.get(part.first());
      long started = System.nanoTime();
      if (check != null) {
        List<String> passed = XargsOrder.ordered(first, files);
        CheckResult checked = builtin.run(check, first, files, passed);
        rewritten.put(part.first(), checked.modifiedFiles());
        results[part.first()] =
            HookResult.checked(first, passed, checked, (System.nanoTime() - started) / 1e9);
      } else {
        List<String> passed = first.config().passFilenames() ? files : List.of();
        ProcessResult ran = external.run(first, passed);
        double seconds = (System.nanoTime() - started) / 1e9;
        results[part.first()] =
            HookResult.ran(first, passed, ran.exitCode(), ran.output(), false, seconds, List.of());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Prints a finished group in config order; true when a fail-fast failure stops the run. */
  private boolean print(List<Hook> group, HookResult[] results, RunState state) throws IOException {
    boolean stop = false;
    for (int k = 0; k < group.size(); k++) {
      HookResult result = results[k];
      Hook hook = group.get(k);
      listener.starting(hook);
      if (result.status() == HookResult.Status.SKIPPED
          || result.status() == HookResult.Status.NO_FILES) {
        printer.notRun(result, state.line());
      } else {
        printer.start(state.line(), hook);
        printer.status(result);
      }
      printer.details(result, state.verbose());
      listener.finished(result);
      state.results().add(result);
      stop |= result.failed() && state.stopsOnFailure(hook);
    }
    return stop;
  }
}
