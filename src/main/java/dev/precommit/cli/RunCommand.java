package dev.precommit.cli;

import dev.precommit.CliContext;
import dev.precommit.config.Stage;
import dev.precommit.git.GitRepo;
import dev.precommit.output.CiOutput;
import dev.precommit.output.ColorMode;
import dev.precommit.output.Output;
import dev.precommit.output.report.ReportRequest;
import dev.precommit.output.report.Reports;
import dev.precommit.process.Interrupts;
import dev.precommit.run.CommitRange;
import dev.precommit.run.DryRun;
import dev.precommit.run.RunOptions;
import dev.precommit.run.RunOutcome;
import dev.precommit.run.Runner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code precommit run}: parses pre-commit's run options and hands them to {@link Runner}. */
@Command(
    name = "run",
    description = "Run hooks.",
    mixinStandardHelpOptions = true,
    sortOptions = false)
public final class RunCommand implements Callable<Integer> {
  private final CliContext context;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "HOOK",
      description =
          "A hook id or alias; in a workspace also project/ (a project and those below it) or"
              + " project:hook-id.")
  String hook;

  @Option(
      names = "--skip",
      paramLabel = "SELECTOR",
      description = "Leave out a hook id, a project/ or a project:hook-id. Repeatable.")
  List<String> skips = new ArrayList<>();

  @Mixin FileOptions files = new FileOptions();

  @Option(names = "--last-commit", description = "Run on the files changed by HEAD's commit (CI).")
  boolean lastCommit;

  @Option(
      names = "--since",
      paramLabel = "BRANCH",
      description = "Run on the files changed since HEAD forked from BRANCH (pull requests).")
  String since;

  @Option(
      names = "--report",
      paramLabel = "FORMAT=PATH",
      description = "Also write a report: junit, sarif or json. Repeatable.")
  List<String> reports = new ArrayList<>();

  @Option(
      names = "--summary",
      negatable = true,
      description = "Print a summary line after the hooks (default: when CI is set).")
  Boolean summary;

  @Mixin HookRunFlags flags = new HookRunFlags();

  @Option(names = "--dry-run", description = "Show the files each hook would get; run nothing.")
  boolean dryRun;

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description = "Processes a hook may run at once (default: PRECOMMIT_JOBS, else the cores).")
  Integer jobs;

  @Mixin ConfigOption config = new ConfigOption();

  @Mixin ColorOption color = new ColorOption();

  @Option(names = "--commit-msg-filename", hidden = true)
  String commitMsgFilename;

  @Option(names = "--prepare-commit-message-source", hidden = true)
  String prepareCommitMessageSource;

  @Option(names = "--commit-object-name", hidden = true)
  String commitObjectName;

  @Option(names = "--remote-name", hidden = true)
  String remoteName;

  @Option(names = "--remote-url", hidden = true)
  String remoteUrl;

  @Option(names = "--remote-branch", hidden = true)
  String remoteBranch;

  @Option(names = "--local-branch", hidden = true)
  String localBranch;

  @Option(names = "--pre-rebase-upstream", hidden = true)
  String preRebaseUpstream;

  @Option(names = "--pre-rebase-branch", hidden = true)
  String preRebaseBranch;

  @Option(names = "--checkout-type", hidden = true)
  String checkoutType;

  @Option(names = "--is-squash-merge", hidden = true)
  String isSquashMerge;

  @Option(names = "--rewrite-command", hidden = true)
  String rewriteCommand;

  public RunCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    long started = System.nanoTime();
    ColorMode mode = ColorOption.mode(color.color, context.env());
    checkRangeOptions();
    Reports formats = Reports.standard();
    if (hook != null && ReportRequest.looksLikeOne(hook, formats)) {
      // --report takes one value, so in `--report junit=a sarif=b` the second is the HOOK.
      List<String> each = new ArrayList<>();
      reports.forEach(r -> each.add("--report " + r));
      each.add("--report " + hook);
      throw new UsageException(
          "`"
              + hook
              + "` is a report, not a hook id: give each report its own --report, as in `"
              + String.join(" ", each)
              + "`");
    }
    List<ReportRequest> requests = new ArrayList<>();
    for (String spec : reports) {
      try {
        requests.add(ReportRequest.parse(spec, formats));
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
    Stage stage = flags.stage();
    Output output =
        new Output(context.out(), context.err(), mode.enabled(context.terminal(), context.env()));
    GitRepo git = GitRepo.discover(context.workingDir(), context.env());
    String from = files.fromRef;
    String to = files.toRef;
    if (lastCommit || since != null) {
      CommitRange range = lastCommit ? CommitRange.lastCommit(git) : CommitRange.since(git, since);
      from = range.fromRef();
      to = range.toRef();
    }
    RunOptions options =
        new RunOptions(
            hook,
            files.allFiles(),
            files.files(context.workingDir(), git.root()),
            from,
            to,
            stage,
            flags.showDiffOnFailure,
            flags.verbose,
            flags.failFast,
            config.path(context.workingDir(), git.root()),
            commitMsgFilename == null ? null : relative(git.root(), commitMsgFilename),
            hookEnv());
    options = options.inWorkspace(!config.given(), workingDirInRepo(git.root()), skips);
    if (dryRun) {
      if (!reports.isEmpty()) {
        throw new UsageException("--dry-run runs no hooks, so it writes no --report");
      }
      return new DryRun(git, output, runEnvironment()).execute(options);
    }
    CiOutput ci =
        new CiOutput(output, context.env(), summary, requests, formats, context.workingDir());
    ErrorHandler errors = new ErrorHandler(context.env());
    RunOutcome outcome;
    Thread runner = Thread.currentThread();
    try (Interrupts.Registration interrupt =
        Interrupts.current()
            .onSignal(signal -> errors.interrupted(signal, context.out(), runner))) {
      outcome = new Runner(git, output, runEnvironment()).execute(options, ci.listener(git.root()));
    }
    ci.finish(outcome, git.root(), options.config(), (System.nanoTime() - started) / 1e9);
    return outcome.exitCode();
  }

  /** {@code --last-commit} and {@code --since} pick the files, so nothing else may. */
  private void checkRangeOptions() {
    String chosen = lastCommit ? "--last-commit" : since != null ? "--since" : null;
    if (chosen == null) {
      return;
    }
    if (lastCommit && since != null) {
      throw new UsageException("--last-commit and --since cannot be used together");
    }
    if (files.fromRef != null || files.toRef != null) {
      throw new UsageException(chosen + " cannot be used with --from-ref/--to-ref");
    }
    if (files.fileChoice != null) {
      throw new UsageException(chosen + " cannot be used with --all-files or --files");
    }
  }

  /** The environment of the run: {@code --jobs} overrides {@code PRECOMMIT_JOBS}. */
  private Map<String, String> runEnvironment() {
    if (jobs == null) {
      return context.env();
    }
    if (jobs < 1) {
      throw new UsageException("invalid --jobs `" + jobs + "`: expected a whole number from 1");
    }
    Map<String, String> env = new HashMap<>(context.env());
    env.put("PRECOMMIT_JOBS", Integer.toString(jobs));
    env.remove("PRE_COMMIT_NO_CONCURRENCY");
    return env;
  }

  /** The working directory relative to the repository root, {@code /}-separated. */
  private String workingDirInRepo(Path root) {
    return workingDirIn(context.workingDir(), root);
  }

  /** {@code workingDir} relative to the repository {@code root}, {@code /}-separated. */
  static String workingDirIn(Path workingDir, Path root) {
    Path dir = workingDir.toAbsolutePath().normalize();
    if (!dir.startsWith(root)) {
      try {
        dir = dir.toRealPath();
      } catch (IOException e) {
        return "";
      }
    }
    return dir.startsWith(root) ? root.relativize(dir).toString().replace('\\', '/') : "";
  }

  private String relative(Path root, String path) {
    return FileOptions.relative(context.workingDir(), root, path);
  }

  private Map<String, String> hookEnv() {
    Map<String, String> env = new HashMap<>();
    put(env, "PRE_COMMIT_COMMIT_MSG_SOURCE", prepareCommitMessageSource);
    put(env, "PRE_COMMIT_COMMIT_OBJECT_NAME", commitObjectName);
    if (preRebaseUpstream != null && preRebaseBranch != null) {
      env.put("PRE_COMMIT_PRE_REBASE_UPSTREAM", preRebaseUpstream);
      env.put("PRE_COMMIT_PRE_REBASE_BRANCH", preRebaseBranch);
    }
    if (remoteName != null && remoteUrl != null && remoteBranch != null && localBranch != null) {
      env.put("PRE_COMMIT_LOCAL_BRANCH", localBranch);
      env.put("PRE_COMMIT_REMOTE_BRANCH", remoteBranch);
      env.put("PRE_COMMIT_REMOTE_NAME", remoteName);
      env.put("PRE_COMMIT_REMOTE_URL", remoteUrl);
    }
    put(env, "PRE_COMMIT_CHECKOUT_TYPE", checkoutType);
    put(env, "PRE_COMMIT_IS_SQUASH_MERGE", isSquashMerge);
    put(env, "PRE_COMMIT_REWRITE_COMMAND", rewriteCommand);
    return env;
  }

  private static void put(Map<String, String> env, String key, String value) {
    if (value != null && !value.isEmpty()) {
      env.put(key, value);
    }
  }
}
