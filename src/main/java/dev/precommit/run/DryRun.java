package dev.precommit.run;

import dev.precommit.config.Config;
import dev.precommit.config.ConfigLoader;
import dev.precommit.config.Stage;
import dev.precommit.git.GitRepo;
import dev.precommit.output.Color;
import dev.precommit.output.Output;
import dev.precommit.output.StatusLine;
import dev.precommit.repo.Hook;
import dev.precommit.repo.StoredHooks;
import dev.precommit.select.FileFilter;
import dev.precommit.workspace.Project;
import dev.precommit.workspace.ProjectFiles;
import dev.precommit.workspace.Selector;
import dev.precommit.workspace.Workspace;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code precommit run --dry-run}: shows, hook by hook, what a real run with the same options would
 * do, and does none of it. The hooks and their files come from the same steps as {@link Runner}
 * (stage, hook id, {@code SKIP}, candidate files, {@code files}/{@code exclude}/types); nothing is
 * stashed, locked, cloned or installed, and no hook runs, so the working tree, the index and the
 * store stay as they were. Status lines follow prek's {@code run --dry-run}; the files each hook
 * would get are always listed (prek lists them only with {@code -v}).
 *
 * <p>Without the stash, types are read from the working tree: a file whose unstaged content differs
 * from its staged content is classified by what is on disk.
 */
public final class DryRun {
  /** The status of a hook that would run. */
  static final String DRY_RUN = "Dry Run";

  /** The postfix of a hook whose repository is not in the store: nothing says what it would do. */
  static final String NOT_INSTALLED = "(not installed)";

  private final GitRepo git;
  private final Output output;
  private final Map<String, String> environment;

  public DryRun(GitRepo git, Output output, Map<String, String> environment) {
    this.git = git;
    this.output = output;
    this.environment = Map.copyOf(environment);
  }

  /**
   * Prints what a run with {@code options} would do; returns 0, or 1 where the run itself would
   * refuse to start (same messages).
   */
  public int execute(RunOptions options) {
    if (options.stashes() && !git.unmergedFiles().isEmpty()) {
      output.error("Unmerged files.  Resolve before committing.");
      return 1;
    }
    if ((options.fromRef() == null) != (options.toRef() == null)) {
      output.error("Specify both --from-ref and --to-ref.");
      return 1;
    }
    if (options.stashes() && git.hasUnstagedChanges(options.config())) {
      output.error(
          "Your pre-commit configuration is unstaged.\n`git add "
              + options.config()
              + "` to fix this.");
      return 1;
    }
    if (options.hookStage().passesCommitMessage() && options.commitMsgFilename() == null) {
      output.error(
          "`--commit-msg-filename` is required for `--hook-stage " + options.hookStage() + "`");
      return 1;
    }
    if (options.hookStage() == Stage.POST_CHECKOUT
        && environment.containsKey("_PRE_COMMIT_SKIP_POST_CHECKOUT")) {
      return 0;
    }
    Workspace workspace = options.discover() ? Workspace.discover(git, options.workingDir()) : null;
    if (workspace != null && !workspace.single()) {
      return workspace(workspace, options);
    }
    Config config =
        ConfigLoader.load(git.root().resolve(options.config()), options.config(), output::warn)
            .config();
    List<Hook> all =
        StoredHooks.standard(environment, output::warn).allOf(config, git.root(), output);
    List<Hook> hooks =
        all.stream()
            .filter(h -> options.hookId() == null || h.config().isNamed(options.hookId()))
            .filter(h -> h.config().stages().contains(options.hookStage()))
            .toList();
    if (options.hookId() != null && hooks.isEmpty()) {
      output.writeLine(
          "No hook with id `" + options.hookId() + "` in stage `" + options.hookStage() + "`");
      return 1;
    }
    Set<String> skips = new HashSet<>(Runner.skips(environment));
    Project root = new Project("", options.config());
    for (Hook hook : hooks) {
      if (skippedBy(options, root, hook)) {
        skips.add(hook.id());
      }
    }
    List<String> candidates = FileSelection.candidates(options, git, output);
    FileFilter filter = FileFilter.of(git.root(), candidates, config.files(), config.exclude());
    showAll(all, hooks, filter, skips, output, 0);
    return 0;
  }

  /** Every project's hooks under its header, deepest project first, as a real run prints them. */
  private int workspace(Workspace workspace, RunOptions options) {
    List<Selector> includes =
        options.hookId() == null
            ? List.of()
            : List.of(Selector.parse(options.hookId(), options.workingDir()));
    List<Selector> excludes =
        options.skips().stream().map(s -> Selector.parse(s, options.workingDir())).toList();
    StoredHooks stored = StoredHooks.standard(environment, output::warn);
    Map<Project, Config> configs = new HashMap<>();
    Map<Project, List<Hook>> alls = new HashMap<>();
    Map<Project, List<Hook>> selected = new LinkedHashMap<>();
    for (Project project : workspace.projects()) {
      Config config =
          ConfigLoader.load(
                  git.root().resolve(project.configFile()), project.configFile(), output::warn)
              .config();
      configs.put(project, config);
      boolean wanted =
          (includes.isEmpty() || includes.stream().anyMatch(s -> s.matches(project)))
              && excludes.stream().noneMatch(s -> s.hookId() == null && s.matches(project));
      if (!wanted) {
        continue;
      }
      List<Hook> all = stored.allOf(config, dir(project), output);
      List<Hook> hooks =
          all.stream()
              .filter(h -> h.config().stages().contains(options.hookStage()))
              .filter(
                  h ->
                      includes.isEmpty()
                          || includes.stream().anyMatch(s -> s.matches(project, h.config())))
              .toList();
      alls.put(project, all);
      if (!hooks.isEmpty()) {
        selected.put(project, hooks);
      }
    }
    if (options.hookId() != null && selected.isEmpty()) {
      output.writeLine(
          "No hook with id `" + options.hookId() + "` in stage `" + options.hookStage() + "`");
      return 1;
    }
    List<String> candidates = FileSelection.candidates(options, git, output);
    ProjectFiles files = ProjectFiles.spread(workspace, candidates, p -> configs.get(p).orphan());
    boolean headers = selected.size() > 1 || !selected.containsKey(workspace.rootProject());
    for (Map.Entry<Project, List<Hook>> entry : selected.entrySet()) {
      Project project = entry.getKey();
      Config config = configs.get(project);
      Set<String> skips = new HashSet<>(Runner.skips(environment));
      for (Hook hook : entry.getValue()) {
        if (excludes.stream()
            .anyMatch(s -> s.hookId() != null && s.matches(project, hook.config()))) {
          skips.add(hook.id());
        }
      }
      FileFilter filter =
          FileFilter.of(dir(project), files.of(project), config.files(), config.exclude());
      if (!headers) {
        showAll(alls.get(project), entry.getValue(), filter, skips, output, 0);
        continue;
      }
      output.writeLine(
          Color.PASS_MARK.apply("\u2713", output.color())
              + " "
              + Color.PROJECT.apply(project.displayName(workspace.root()), output.color()));
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      showAll(
          alls.get(project),
          entry.getValue(),
          filter,
          skips,
          output.bufferedTo(buffer),
          WorkspaceRun.INDENT);
      output.writeBytes(WorkspaceRun.indented(buffer.toByteArray()));
    }
    return 0;
  }

  private Path dir(Project project) {
    return project.dir().isEmpty() ? git.root() : git.root().resolve(project.dir());
  }

  private static boolean skippedBy(RunOptions options, Project root, Hook hook) {
    return options.skips().stream()
        .map(s -> Selector.parse(s, options.workingDir()))
        .anyMatch(s -> s.matches(root, hook.config()));
  }

  /** Shows {@code hooks} (of the config's {@code all}) in the order a real run starts them. */
  private static void showAll(
      List<Hook> all,
      List<Hook> hooks,
      FileFilter filter,
      Set<String> skips,
      Output out,
      int indent) {
    StatusLine wide = StatusLine.forNames(hooks.stream().map(h -> h.config().name()).toList());
    StatusLine line = indent == 0 ? wide : new StatusLine(wide.cols() - indent);
    // In the order a real run starts them: by priority, then config order.
    Map<Hook, Integer> positions = new IdentityHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      positions.put(all.get(i), i);
    }
    for (List<Integer> group : PrioritySchedule.groups(hooks, positions::get)) {
      for (int index : group) {
        show(hooks.get(index), line, filter, skips, out);
      }
    }
  }

  private static void show(
      Hook hook, StatusLine line, FileFilter filter, Set<String> skips, Output output) {
    String name = hook.config().name();
    boolean color = output.color();
    if (skips.contains(hook.id()) || skips.contains(hook.config().alias())) {
      output.write(line.full(name, "", StatusLine.SKIPPED, Color.YELLOW, color));
      return;
    }
    if (StoredHooks.isPlaceholder(hook)) {
      output.write(line.full(name, NOT_INSTALLED, StatusLine.SKIPPED, Color.YELLOW, color));
      output.writeLine("- hook id: " + hook.id());
      output.writeLine(
          "- " + hook.repo() + " is not installed: `precommit install-hooks` fetches it");
      return;
    }
    List<String> files = filter.forHook(hook.config());
    if (files.isEmpty() && !hook.config().alwaysRun()) {
      output.write(
          line.full(name, StatusLine.NO_FILES, StatusLine.SKIPPED, Color.TURQUOISE, color));
      return;
    }
    output.write(line.full(name, "", DRY_RUN, Color.YELLOW, color));
    output.writeLine("- hook id: " + hook.id());
    if (!hook.config().alias().isEmpty()) {
      output.writeLine("- hook alias: " + hook.config().alias());
    }
    if (!hook.config().description().isEmpty()) {
      output.writeLine("- description: " + hook.config().description());
    }
    hook.config().priority().ifPresent(p -> output.writeLine("- priority: " + p));
    output.writeLine("");
    // Built-in checks get their files whatever pass_filenames says, as in a real run.
    boolean passes = hook.config().passFilenames() || "builtin".equals(hook.config().language());
    String id = "`" + hook.id() + "`";
    if (!passes) {
      output.writeLine("  " + id + " would be run without filenames (pass_filenames: false)");
      return;
    }
    output.writeLine(
        "  "
            + id
            + " would be run on "
            + files.size()
            + (files.size() == 1 ? " file" : " files")
            + ":");
    for (String file : files) {
      output.writeLine("  - " + file);
    }
  }
}
