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
import java.util.IdentityHashMap;
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
    Set<String> skips = Runner.skips(environment);
    List<String> candidates = FileSelection.candidates(options, git, output);
    FileFilter filter = FileFilter.of(git.root(), candidates, config.files(), config.exclude());
    StatusLine line = StatusLine.forNames(hooks.stream().map(h -> h.config().name()).toList());
    // In the order a real run starts them: by priority, then config order.
    Map<Hook, Integer> positions = new IdentityHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      positions.put(all.get(i), i);
    }
    for (List<Integer> group : PrioritySchedule.groups(hooks, positions::get)) {
      for (int index : group) {
        show(hooks.get(index), line, filter, skips);
      }
    }
    return 0;
  }

  private void show(Hook hook, StatusLine line, FileFilter filter, Set<String> skips) {
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
