package dev.precommit.run;

import dev.precommit.config.Config;
import dev.precommit.config.ConfigLoader;
import dev.precommit.config.LoadedConfig;
import dev.precommit.config.ParsedYamlCache;
import dev.precommit.config.WorkspaceConfigCache;
import dev.precommit.git.GitRepo;
import dev.precommit.hooks.BuiltinChecks;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.FixRecorder;
import dev.precommit.hooks.meta.MetaHooks;
import dev.precommit.lang.EnvironmentSetup;
import dev.precommit.lang.HookContext;
import dev.precommit.lang.Languages;
import dev.precommit.output.Color;
import dev.precommit.output.Output;
import dev.precommit.repo.CacheDir;
import dev.precommit.repo.ConfiguredHooks;
import dev.precommit.repo.Hook;
import dev.precommit.repo.HookResolver;
import dev.precommit.repo.RepoDemand;
import dev.precommit.repo.StoredHooks;
import dev.precommit.select.FileFilter;
import dev.precommit.workspace.Project;
import dev.precommit.workspace.ProjectFiles;
import dev.precommit.workspace.Selector;
import dev.precommit.workspace.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The hooks of a workspace's projects, deepest project first (prek's workspace mode): each
 * project's hooks see the run's files under its directory, relative to it, and run there. Projects
 * run one after another, so fixers of different projects never touch a file at the same time; a
 * project's output is printed when it is done, under a header that says whether it passed.
 */
final class WorkspaceRun {
  /** How far a project's lines are indented under its header (prek's two spaces). */
  static final int INDENT = 2;

  private final GitRepo git;
  private final Output output;
  private final Map<String, String> environment;

  WorkspaceRun(GitRepo git, Output output, Map<String, String> environment) {
    this.git = git;
    this.output = output;
    this.environment = environment;
  }

  /** One project's config and the hooks of it this run selected. */
  private record Loaded(Project project, Config config, List<Hook> all, List<Hook> hooks) {}

  /**
   * Runs the selected hooks of {@code workspace}'s projects and returns what happened: each result
   * names its project. Stops with 1 when a hook id was asked for and no project has it.
   */
  RunOutcome run(
      Workspace workspace,
      RunOptions options,
      Map<String, String> hookEnv,
      HookListener listener,
      boolean clean,
      FixRecorder fixes)
      throws IOException {
    // Immutable once, so the contexts of 50 projects share it rather than copy it each.
    hookEnv = Map.copyOf(hookEnv);
    List<Selector> includes = new ArrayList<>();
    if (options.hookId() != null) {
      includes.add(Selector.parse(options.hookId(), options.workingDir()));
    }
    List<Selector> excludes =
        options.skips().stream().map(s -> Selector.parse(s, options.workingDir())).toList();
    ParsedYamlCache parsed =
        ParsedYamlCache.forThisBuild(CacheDir.resolve(environment).resolve("parsed"));
    BuiltinChecks builtins = BuiltinChecks.standard();
    MetaHooks meta = MetaHooks.standard();
    InProcessChecks checks = InProcessChecks.of(builtins, meta);
    HookResolver remote = HookResolver.standard(environment, git.root(), output);
    Set<String> skips = Runner.skips(environment);
    StoredHooks stored = StoredHooks.standard(environment, output::warn);
    Map<String, Loaded> loaded = new HashMap<>();
    List<Loaded> running = new ArrayList<>();
    List<Project> projects = workspace.projects();
    List<Path> configFiles =
        projects.stream().map(p -> git.root().resolve(p.configFile())).toList();
    List<String> names = projects.stream().map(Project::configFile).toList();
    WorkspaceConfigCache configCache =
        WorkspaceConfigCache.forThisBuild(
            CacheDir.resolve(environment).resolve("workspaces"), git.root(), workspace.root());
    List<String> texts = WorkspaceConfigCache.texts(configFiles, names);
    List<LoadedConfig> cached = configCache.lookup(configFiles, names, texts);
    List<LoadedConfig> configs = new ArrayList<>();
    for (int i = 0; i < projects.size(); i++) {
      Project project = projects.get(i);
      LoadedConfig loadedConfig;
      if (cached != null) {
        loadedConfig = cached.get(i);
        loadedConfig.warnings().forEach(output::warn);
      } else if (texts != null) {
        loadedConfig =
            ConfigLoader.load(texts.get(i), configFiles.get(i), names.get(i), output::warn, parsed);
      } else {
        loadedConfig = ConfigLoader.load(configFiles.get(i), names.get(i), output::warn, parsed);
      }
      configs.add(loadedConfig);
      Config config = loadedConfig.config();
      boolean wanted =
          (includes.isEmpty() || includes.stream().anyMatch(s -> s.matches(project)))
              && excludes.stream().noneMatch(s -> s.hookId() == null && s.matches(project));
      List<Hook> all = List.of();
      List<Hook> hooks = List.of();
      if (wanted) {
        RepoDemand demand = RepoDemand.of(config, options.hookStage(), skips);
        all =
            ConfiguredHooks.resolve(
                config,
                projectDir(project),
                builtins,
                meta,
                output,
                repo ->
                    demand.needs(repo)
                        ? remote.resolve(repo, config, demand.toRunWithout(repo))
                        : stored.resolveOrPlaceholders(repo, config));
        hooks =
            all.stream()
                .filter(h -> h.config().stages().contains(options.hookStage()))
                .filter(
                    h ->
                        includes.isEmpty()
                            || includes.stream().anyMatch(s -> s.matches(project, h.config())))
                .toList();
      }
      Loaded one = new Loaded(project, config, all, hooks);
      loaded.put(project.dir(), one);
      if (!hooks.isEmpty()) {
        running.add(one);
      }
    }
    if (cached == null) {
      configCache.store(names, texts, configs);
    }
    for (Selector skip : excludes) {
      boolean any =
          workspace.projects().stream()
              .anyMatch(
                  p ->
                      skip.matches(p)
                          && (skip.hookId() == null
                              || loaded.get(p.dir()).all().stream()
                                  .anyMatch(h -> h.config().isNamed(skip.hookId()))));
      if (!any) {
        output.warn("selector `--skip=" + skip.text() + "` did not match any hooks");
      }
    }
    if (options.hookId() != null && running.isEmpty()) {
      output.writeLine(
          "No hook with id `" + options.hookId() + "` in stage `" + options.hookStage() + "`");
      return RunOutcome.stopped(1);
    }
    int jobs = Runner.jobs(environment);
    Path cache = CacheDir.resolve(environment);
    Languages languages = Languages.standard();
    for (Loaded one : running) {
      List<Hook> notSkipped =
          one.hooks().stream()
              .filter(h -> !skips.contains(h.id()) && !skips.contains(h.config().alias()))
              .toList();
      new EnvironmentSetup(languages)
          .install(notSkipped, context(one.project(), hookEnv, jobs, cache), output);
    }
    List<String> candidates = FileSelection.candidates(options, git, output);
    ProjectFiles files =
        ProjectFiles.spread(workspace, candidates, p -> loaded.get(p.dir()).config().orphan());
    List<HookResult> results = new ArrayList<>();
    // One chain of `git diff` snapshots for the whole run: nothing changes the working tree
    // between two projects, so the snapshot after one project's hooks is the next one's before.
    DiffSnapshot diff = new DiffSnapshot(git);
    if (clean) {
      diff.assumeClean();
    }
    // prek's rule: one project at the workspace root prints as a plain run, without a header.
    boolean headers =
        running.size() > 1 || !running.get(0).project().equals(workspace.rootProject());
    for (Loaded one : running) {
      Project project = one.project();
      // A hook that --skip names prints Skipped, as one in SKIP does.
      Set<String> projectSkips = new HashSet<>(skips);
      for (Hook hook : one.hooks()) {
        if (excludes.stream()
            .anyMatch(s -> s.hookId() != null && s.matches(project, hook.config()))) {
          projectSkips.add(hook.id());
        }
      }
      Path dir = projectDir(project);
      HookContext hookContext = context(project, hookEnv, jobs, cache);
      CheckContext checkContext =
          new CheckContext(
              dir,
              project.dir(),
              git,
              hookEnv,
              jobs,
              one.config(),
              one.all(),
              inProject(fixes, project));
      // The commit message file is every project's (prek's rule), relative to each.
      List<String> own =
          options.hookStage().passesCommitMessage()
              ? List.of(project.fromRoot(candidates.get(0)))
              : files.of(project);
      FileFilter filter = FileFilter.of(dir, own, one.config().files(), one.config().exclude());
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      ProjectListener told = new ProjectListener(listener, project, headers);
      HookRunner runner =
          new HookRunner(
              headers ? output.bufferedTo(buffer) : output,
              git,
              languages,
              checks,
              hookContext,
              checkContext,
              told,
              diff);
      if (headers) {
        runner.indentBy(INDENT);
      }
      boolean failFast = one.config().failFast() || options.failFast();
      List<HookResult> ran =
          runner.run(
              one.hooks(),
              h -> filter.forHook(h.config()),
              projectSkips,
              options.verbose(),
              failFast,
              Runner.positions(one.all())::get);
      boolean failed = ran.stream().anyMatch(HookResult::failed);
      if (headers) {
        header(project.displayName(workspace.root()), failed);
        output.writeBytes(indented(buffer.toByteArray()));
      }
      told.release();
      ran.forEach(r -> results.add(r.inProject(project.dir())));
      boolean stopped =
          failed
              && (failFast
                  || ran.stream().anyMatch(r -> r.failed() && r.hook().config().failFast()));
      if (stopped) {
        break;
      }
    }
    boolean failed = results.stream().anyMatch(HookResult::failed);
    return new RunOutcome(failed ? 1 : 0, results, candidates.size());
  }

  private Path projectDir(Project project) {
    return project.dir().isEmpty() ? git.root() : git.root().resolve(project.dir());
  }

  private HookContext context(Project project, Map<String, String> hookEnv, int jobs, Path cache) {
    return new HookContext(projectDir(project), hookEnv, jobs, output.color(), cache);
  }

  /** prek's header: {@code ✓ name} or {@code × name}. */
  private void header(String name, boolean failed) {
    String mark =
        failed
            ? Color.FAIL_MARK.apply("\u00d7", output.color())
            : Color.PASS_MARK.apply("\u2713", output.color());
    output.writeLine(mark + " " + Color.PROJECT.apply(name, output.color()));
  }

  /** {@code bytes} with every line that is not empty indented by {@link #INDENT} spaces. */
  static byte[] indented(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 256);
    boolean lineStart = true;
    for (byte b : bytes) {
      if (lineStart && b != '\n') {
        out.write(' ');
        out.write(' ');
      }
      out.write(b);
      lineStart = b == '\n';
    }
    return out.toByteArray();
  }

  /**
   * A project's listener: results name their project (annotations, live reports). With headers the
   * project's lines are printed when it is done, so what the listener prints (GitHub's groups and
   * annotations) is held back and printed after them, in order.
   */
  private static final class ProjectListener implements HookListener {
    private final HookListener listener;
    private final Project project;
    private final List<Runnable> held;

    ProjectListener(HookListener listener, Project project, boolean hold) {
      this.listener = listener;
      this.project = project;
      this.held = hold ? new ArrayList<>() : null;
    }

    @Override
    public void starting(Hook hook) {
      tell(() -> listener.starting(hook));
    }

    @Override
    public void finished(HookResult result) {
      tell(() -> listener.finished(result.inProject(project.dir())));
    }

    private synchronized void tell(Runnable event) {
      if (held == null) {
        event.run();
      } else {
        held.add(event);
      }
    }

    synchronized void release() {
      if (held != null) {
        held.forEach(Runnable::run);
        held.clear();
      }
    }
  }

  /** {@code fixes}, which speaks in repository paths, for a project's built-ins. */
  private static FixRecorder inProject(FixRecorder fixes, Project project) {
    if (fixes == FixRecorder.NONE || project.dir().isEmpty()) {
      return fixes;
    }
    return new FixRecorder() {
      @Override
      public boolean wants(String path) {
        return fixes.wants(project.repoPath(path));
      }

      @Override
      public void written(String path, byte[] before, byte[] after, UnaryOperator<byte[]> fix) {
        fixes.written(project.repoPath(path), before, after, fix);
      }
    };
  }
}
