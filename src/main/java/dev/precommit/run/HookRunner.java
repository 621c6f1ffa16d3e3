package dev.precommit.run;

import dev.precommit.git.GitRepo;
import dev.precommit.hooks.Check;
import dev.precommit.hooks.CheckContext;
import dev.precommit.lang.HookContext;
import dev.precommit.lang.Languages;
import dev.precommit.output.Output;
import dev.precommit.output.StatusLine;
import dev.precommit.repo.Hook;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Runs a run's hooks and prints pre-commit's status lines: plans the run as {@link SerialRun serial
 * steps}, hooks one after another in config order, and {@link PriorityGroupRun priority groups},
 * hooks that share a {@link PrioritySchedule priority} and run at the same time.
 */
public final class HookRunner {
  private final DiffSnapshot diff;
  private final SerialRun serial;
  private final PriorityGroupRun together;
  private int indent;

  public HookRunner(
      Output output,
      GitRepo git,
      Languages languages,
      Function<Hook, Check> builtins,
      HookContext hookContext,
      CheckContext checkContext) {
    this(output, git, languages, builtins, hookContext, checkContext, HookListener.NONE);
  }

  /** As above, telling {@code listener} when each hook starts and ends. */
  public HookRunner(
      Output output,
      GitRepo git,
      Languages languages,
      Function<Hook, Check> builtins,
      HookContext hookContext,
      CheckContext checkContext,
      HookListener listener) {
    this(
        output,
        git,
        languages,
        builtins,
        hookContext,
        checkContext,
        listener,
        new DiffSnapshot(git));
  }

  /**
   * As above, taking the {@code git diff} snapshots from {@code diff}: runners that run one after
   * another with nothing in between (a workspace's projects) share one, so the snapshot after one
   * project's last external hook is the one before the next project's first.
   */
  HookRunner(
      Output output,
      GitRepo git,
      Languages languages,
      Function<Hook, Check> builtins,
      HookContext hookContext,
      CheckContext checkContext,
      HookListener listener,
      DiffSnapshot diff) {
    this.diff = diff;
    HookKinds kinds = new HookKinds(builtins);
    XargsOrder xargs = new XargsOrder(hookContext.environment(), hookContext.jobs());
    FusedRun fused = new FusedRun(kinds, checkContext, xargs);
    BuiltinRun builtin = new BuiltinRun(checkContext, xargs);
    ExternalRun external = new ExternalRun(languages, hookContext);
    ResultPrinter printer = new ResultPrinter(output, hookContext.root());
    this.serial = new SerialRun(kinds, fused, builtin, external, diff, printer, listener);
    this.together =
        new PriorityGroupRun(
            git,
            kinds,
            fused,
            builtin,
            external,
            printer,
            listener,
            hookContext.jobs(),
            git.root().relativize(hookContext.root()).toString().replace('\\', '/'));
  }

  /**
   * Tells the runner that the working tree matches the index (nothing unstaged), so the snapshot
   * before the first external hook is known to be empty and no {@code git diff} is taken for it.
   */
  public void assumeCleanWorkTree() {
    diff.assumeClean();
  }

  /**
   * Narrows the status lines by {@code columns}, for output that will be indented by as much (a
   * workspace project's, under its header): the lines then end where pre-commit's do.
   */
  public void indentBy(int columns) {
    this.indent = columns;
  }

  /**
   * Runs {@code hooks} over the files {@code filesFor} gives each, and returns every result in
   * order (hooks after a fail-fast failure are left out). A hook's position in the config is its
   * index in {@code hooks}.
   */
  public List<HookResult> run(
      List<Hook> hooks,
      Function<Hook, List<String>> filesFor,
      Set<String> skips,
      boolean verbose,
      boolean failFast)
      throws IOException {
    Map<Hook, Integer> index = new IdentityHashMap<>();
    for (int i = 0; i < hooks.size(); i++) {
      index.put(hooks.get(i), i);
    }
    return run(hooks, filesFor, skips, verbose, failFast, index::get);
  }

  /**
   * As above, in {@link PrioritySchedule priority} order: hooks that share a priority run at the
   * same time, their output printed in config order once they are done. Hooks between such groups
   * run one after another.
   *
   * @param position a hook's position among all hooks of the config file, for hooks without a
   *     {@code priority}
   */
  public List<HookResult> run(
      List<Hook> hooks,
      Function<Hook, List<String>> filesFor,
      Set<String> skips,
      boolean verbose,
      boolean failFast,
      ToIntFunction<Hook> position)
      throws IOException {
    StatusLine line = StatusLine.forNames(hooks.stream().map(h -> h.config().name()).toList());
    RunState state =
        new RunState(
            indent == 0 ? line : new StatusLine(line.cols() - indent),
            skips,
            verbose,
            failFast,
            new ArrayList<>());
    if (!PrioritySchedule.anyDeclared(hooks)) {
      serial.run(hooks, hooks.stream().map(filesFor).toList(), state);
      return state.results();
    }
    List<Integer> steps = new ArrayList<>();
    for (List<Integer> group : PrioritySchedule.groups(hooks, position)) {
      if (group.size() == 1) {
        steps.add(group.get(0));
        continue;
      }
      if (serial.run(pick(hooks, steps), pick(hooks, steps, filesFor), state)) {
        return state.results();
      }
      steps.clear();
      boolean stopped = together.run(pick(hooks, group), pick(hooks, group, filesFor), state);
      // The group's hooks may have changed files: the serial snapshot is no longer known.
      diff.forget();
      if (stopped) {
        return state.results();
      }
    }
    serial.run(pick(hooks, steps), pick(hooks, steps, filesFor), state);
    return state.results();
  }

  private static List<Hook> pick(List<Hook> hooks, List<Integer> indices) {
    return indices.stream().map(hooks::get).toList();
  }

  private static List<List<String>> pick(
      List<Hook> hooks, List<Integer> indices, Function<Hook, List<String>> filesFor) {
    return indices.stream().map(i -> filesFor.apply(hooks.get(i))).toList();
  }
}
