package dev.precommit.run;

import dev.precommit.config.Config;
import dev.precommit.config.ConfigLoader;
import dev.precommit.config.ParsedYamlCache;
import dev.precommit.config.Stage;
import dev.precommit.git.GitRepo;
import dev.precommit.hooks.BuiltinChecks;
import dev.precommit.hooks.Check;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.FixRecorder;
import dev.precommit.hooks.meta.MetaHooks;
import dev.precommit.lang.EnvironmentSetup;
import dev.precommit.lang.HookContext;
import dev.precommit.lang.Languages;
import dev.precommit.output.Output;
import dev.precommit.repo.CacheDir;
import dev.precommit.repo.ConfiguredHooks;
import dev.precommit.repo.Hook;
import dev.precommit.repo.HookResolver;
import dev.precommit.repo.RepoDemand;
import dev.precommit.repo.StoredHooks;
import dev.precommit.select.FileFilter;
import dev.precommit.stash.Recovery;
import dev.precommit.stash.RepoLock;
import dev.precommit.stash.StagedFilesOnly;
import dev.precommit.workspace.Project;
import dev.precommit.workspace.Selector;
import dev.precommit.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * {@code precommit run}: checks the repository's state, stashes unstaged changes when running on
 * staged files, loads the config, picks the hooks for the stage and runs them. pre-commit's {@code
 * commands/run.py}, step for step.
 */
public final class Runner {
  private final GitRepo git;
  private final Output output;
  private final Map<String, String> environment;

  public Runner(GitRepo git, Output output, Map<String, String> environment) {
    this.git = git;
    this.output = output;
    this.environment = Map.copyOf(environment);
  }

  /** Runs the hooks as {@code options} say and returns the exit code (0 or 1). */
  public int run(RunOptions options) throws IOException {
    return execute(options).exitCode();
  }

  /**
   * Runs the hooks as {@code options} say and returns what happened. Holds the repository's lock
   * throughout, and first restores what a killed run may have left stashed.
   */
  public RunOutcome execute(RunOptions options) throws IOException {
    return execute(options, HookListener.NONE);
  }

  /** As {@link #execute(RunOptions)}, telling {@code listener} when each hook starts and ends. */
  public RunOutcome execute(RunOptions options, HookListener listener) throws IOException {
    try (RepoLock lock = RepoLock.acquire(git, output)) {
      Recovery.recoverIfNeeded(lock, output);
      return executeLocked(options, lock, listener);
    }
  }

  private RunOutcome executeLocked(RunOptions options, RepoLock lock, HookListener listener)
      throws IOException {
    boolean stash = options.stashes();
    // The common commit: nothing unstaged. Then the checks below cannot fail and no stash is
    // taken, which saves git processes on the path every commit takes.
    boolean clean = stash && StagedFilesOnly.nothingToStash(git);
    if (stash && !clean && !git.unmergedFiles().isEmpty()) {
      output.error("Unmerged files.  Resolve before committing.");
      return RunOutcome.stopped(1);
    }
    if ((options.fromRef() == null) != (options.toRef() == null)) {
      output.error("Specify both --from-ref and --to-ref.");
      return RunOutcome.stopped(1);
    }
    Workspace workspace = options.discover() ? Workspace.discover(git, options.workingDir()) : null;
    if (workspace != null && workspace.single()) {
      workspace = null;
    }
    if (stash && !clean) {
      // In a workspace, every project's config, in one git diff.
      List<String> unstaged =
          workspace == null
              ? git.hasUnstagedChanges(options.config()) ? List.of(options.config()) : List.of()
              : git.unstagedAmong(workspace.projects().stream().map(Project::configFile).toList());
      if (!unstaged.isEmpty()) {
        output.error(
            "Your pre-commit configuration is unstaged.\n`git add "
                + unstaged.get(0)
                + "` to fix this.");
        return RunOutcome.stopped(1);
      }
    }
    if (options.hookStage().passesCommitMessage() && options.commitMsgFilename() == null) {
      output.error(
          "`--commit-msg-filename` is required for `--hook-stage " + options.hookStage() + "`");
      return RunOutcome.stopped(1);
    }
    if (options.hookStage() == Stage.POST_CHECKOUT
        && environment.containsKey("_PRE_COMMIT_SKIP_POST_CHECKOUT")) {
      return RunOutcome.stopped(0);
    }
    Map<String, String> hookEnv = hookEnvironment(options);
    try (StagedFilesOnly staged =
        stash && !clean
            ? StagedFilesOnly.enter(lock, CacheDir.resolve(environment), output)
            : StagedFilesOnly.inactive()) {
      if (workspace != null) {
        return runWorkspace(workspace, options, hookEnv, listener, clean, fixRecorder(staged));
      }
      return runHooks(options, hookEnv, listener, clean, fixRecorder(staged));
    }
  }

  /** The hooks of every project of {@code workspace}, under one stash. */
  private RunOutcome runWorkspace(
      Workspace workspace,
      RunOptions options,
      Map<String, String> hookEnv,
      HookListener listener,
      boolean clean,
      FixRecorder fixes)
      throws IOException {
    RunOutcome outcome =
        new WorkspaceRun(git, output, environment)
            .run(workspace, options, hookEnv, listener, clean, fixes);
    if (outcome.exitCode() != 0 && !outcome.results().isEmpty() && options.showDiffOnFailure()) {
      showDiff(options);
    }
    return outcome;
  }

  /** Tells {@code staged} of built-in fixes to the files it stashed unstaged changes of. */
  private static FixRecorder fixRecorder(StagedFilesOnly staged) {
    Set<String> partiallyStaged = staged.partiallyStaged();
    if (partiallyStaged.isEmpty()) {
      return FixRecorder.NONE;
    }
    return new FixRecorder() {
      @Override
      public boolean wants(String path) {
        return partiallyStaged.contains(path);
      }

      @Override
      public void written(String path, byte[] before, byte[] after, UnaryOperator<byte[]> fix) {
        staged.builtinFixWritten(path, before, after, fix);
      }
    };
  }

  /**
   * @param clean true when the working tree is known to match the index: the first external hook
   *     then needs no {@code git diff} before it
   * @param fixes told of built-in fixes (the stash fixes the unstaged content alike)
   */
  private RunOutcome runHooks(
      RunOptions options,
      Map<String, String> hookEnv,
      HookListener listener,
      boolean clean,
      FixRecorder fixes)
      throws IOException {
    Path configPath = git.root().resolve(options.config());
    ParsedYamlCache parsed =
        ParsedYamlCache.forThisBuild(CacheDir.resolve(environment).resolve("parsed"));
    Config config = ConfigLoader.load(configPath, options.config(), output::warn, parsed).config();
    BuiltinChecks builtins = BuiltinChecks.standard();
    MetaHooks meta = MetaHooks.standard();
    HookResolver remote = HookResolver.standard(environment, git.root(), output);
    Set<String> skips = skips(environment);
    // A repository whose hooks are all skipped or out of this stage is not fetched.
    RepoDemand demand = RepoDemand.of(config, options.hookStage(), skips);
    StoredHooks stored = StoredHooks.standard(environment, output::warn);
    List<Hook> all =
        ConfiguredHooks.resolve(
            config,
            git.root(),
            builtins,
            meta,
            output,
            repo ->
                demand.needs(repo)
                    ? remote.resolve(repo, config, demand.toRunWithout(repo))
                    : stored.resolveOrPlaceholders(repo, config));
    List<Hook> hooks =
        all.stream()
            .filter(h -> options.hookId() == null || h.config().isNamed(options.hookId()))
            .filter(h -> h.config().stages().contains(options.hookStage()))
            .toList();
    if (options.hookId() != null && hooks.isEmpty()) {
      output.writeLine(
          "No hook with id `" + options.hookId() + "` in stage `" + options.hookStage() + "`");
      return RunOutcome.stopped(1);
    }
    for (Hook hook : hooks) {
      if (!options.skips().isEmpty() && skippedBySelector(options, hook)) {
        skips.add(hook.id());
      }
    }
    int jobs = jobs(environment);
    Path cache = CacheDir.resolve(environment);
    HookContext hookContext = new HookContext(git.root(), hookEnv, jobs, output.color(), cache);
    Languages languages = Languages.standard();
    List<Hook> notSkipped =
        hooks.stream()
            .filter(h -> !skips.contains(h.id()) && !skips.contains(h.config().alias()))
            .toList();
    new EnvironmentSetup(languages).install(notSkipped, hookContext, output);
    CheckContext checkContext =
        new CheckContext(git.root(), git, hookEnv, jobs, config, all, fixes);
    Function<Hook, Check> checks = InProcessChecks.of(builtins, meta);
    List<String> candidates = FileSelection.candidates(options, git, output);
    FileFilter filter = FileFilter.of(git.root(), candidates, config.files(), config.exclude());
    HookRunner runner =
        new HookRunner(output, git, languages, checks, hookContext, checkContext, listener);
    if (clean) {
      runner.assumeCleanWorkTree();
    }
    List<HookResult> results =
        runner.run(
            hooks,
            h -> filter.forHook(h.config()),
            skips,
            options.verbose(),
            config.failFast() || options.failFast(),
            positions(all)::get);
    boolean failed = results.stream().anyMatch(HookResult::failed);
    if (failed && options.showDiffOnFailure()) {
      showDiff(options);
    }
    return new RunOutcome(failed ? 1 : 0, results, candidates.size());
  }

  private void showDiff(RunOptions options) {
    byte[] diff = git.diffSnapshot();
    if (diff.length == 0) {
      return;
    }
    if (options.allFiles()) {
      output.writeLine(
          "pre-commit hook(s) made changes.\n"
              + "If you are seeing this message in CI, reproduce locally with: `precommit run"
              + " --all-files`.\n"
              + "To run `precommit` as part of git workflow, use `precommit install`.");
    }
    output.writeLine("All changes made by hooks:");
    String color = output.color() ? "always" : "never";
    output.writeBytes(git.run("--no-pager", "diff", "--no-ext-diff", "--color=" + color).output());
  }

  /** Whether a {@code --skip} selector names {@code hook} of the one config at the root. */
  private static boolean skippedBySelector(RunOptions options, Hook hook) {
    Project root = new Project("", options.config());
    return options.skips().stream()
        .map(s -> Selector.parse(s, options.workingDir()))
        .anyMatch(s -> s.matches(root, hook.config()));
  }

  /** Each hook's position in the config file, for hooks that declare no {@code priority}. */
  static Map<Hook, Integer> positions(List<Hook> all) {
    Map<Hook, Integer> positions = new IdentityHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      positions.put(all.get(i), i);
    }
    return positions;
  }

  /** The environment hooks see: ours, {@code PRE_COMMIT=1}, and the run's {@code PRE_COMMIT_*}. */
  private Map<String, String> hookEnvironment(RunOptions options) {
    Map<String, String> env = new HashMap<>(environment);
    if (options.fromRef() != null && options.toRef() != null) {
      env.put("PRE_COMMIT_ORIGIN", options.fromRef());
      env.put("PRE_COMMIT_SOURCE", options.toRef());
      env.put("PRE_COMMIT_FROM_REF", options.fromRef());
      env.put("PRE_COMMIT_TO_REF", options.toRef());
    }
    env.putAll(options.hookEnv());
    env.put("PRE_COMMIT", "1");
    return env;
  }

  /** Hook ids and aliases named in {@code SKIP}, comma-separated, whitespace trimmed. */
  public static Set<String> skips(Map<String, String> env) {
    Set<String> skips = new LinkedHashSet<>();
    for (String part : env.getOrDefault("SKIP", "").split(",")) {
      if (!part.isBlank()) {
        skips.add(part.strip());
      }
    }
    return skips;
  }

  /**
   * Processes a hook may run at once: 1 with {@code PRE_COMMIT_NO_CONCURRENCY}, else {@code
   * PRECOMMIT_JOBS}, else 2 on Travis (as pre-commit), else the number of cores.
   */
  static int jobs(Map<String, String> env) {
    String cap = env.get("PRECOMMIT_JOBS");
    if (env.containsKey("PRE_COMMIT_NO_CONCURRENCY")) {
      return 1;
    }
    if (cap != null && cap.matches("[1-9][0-9]{0,3}")) {
      return Integer.parseInt(cap);
    }
    if (env.containsKey("TRAVIS")) {
      return 2;
    }
    return Runtime.getRuntime().availableProcessors();
  }
}
