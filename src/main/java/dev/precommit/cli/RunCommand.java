package dev.precommit.cli;

import dev.precommit.config.Stage;
import dev.precommit.git.GitRepo;
import dev.precommit.output.ColorMode;
import dev.precommit.output.Output;
import dev.precommit.run.RunOptions;
import dev.precommit.run.Runner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
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

  @Parameters(index = "0", arity = "0..1", paramLabel = "HOOK", description = "A hook id or alias.")
  String hook;

  @ArgGroup(exclusive = true)
  FileChoice fileChoice;

  /** {@code --all-files} and {@code --files} exclude each other, as in pre-commit. */
  static final class FileChoice {
    @Option(
        names = {"-a", "--all-files", "--all"},
        description = "Run on all the files in the repo.")
    boolean allFiles;

    @Option(
        names = "--files",
        arity = "0..*",
        paramLabel = "FILE",
        description = "Specific filenames to run hooks on.")
    List<String> files;
  }

  @Option(names = {"--from-ref", "--source", "-s"}, description = "The original ref.")
  String fromRef;

  @Option(names = {"--to-ref", "--origin", "-o"}, description = "The destination ref.")
  String toRef;

  @Option(names = "--hook-stage", paramLabel = "STAGE", description = "The stage during which the hook is fired.")
  String hookStage = "pre-commit";

  @Option(names = "--show-diff-on-failure", description = "When hooks fail, run `git diff`.")
  boolean showDiffOnFailure;

  @Option(names = {"-v", "--verbose"})
  boolean verbose;

  @Option(names = "--fail-fast", description = "Stop after the first failing hook.")
  boolean failFast;

  @Option(names = {"-c", "--config"}, paramLabel = "CONFIG", description = "Path to alternate config file.")
  String config = RunOptions.DEFAULT_CONFIG;

  @Option(names = "--color", paramLabel = "auto|always|never", description = "Whether to use color in output.")
  String color;

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
    ColorMode mode = colorMode(color, context.env());
    Stage stage =
        Stage.fromId(hookStage)
            .orElseThrow(
                () ->
                    new UsageException(
                        "invalid --hook-stage `" + hookStage + "`: expected one of "
                            + Stage.hookTypes() + " or manual"));
    Output output =
        new Output(context.out(), context.err(), mode.enabled(context.terminal(), context.env()));
    GitRepo git = GitRepo.discover(context.workingDir(), context.env());
    boolean all = fileChoice != null && fileChoice.allFiles;
    List<String> files =
        fileChoice == null || fileChoice.files == null
            ? null
            : fileChoice.files.stream().map(f -> relative(git.root(), f)).toList();
    RunOptions options =
        new RunOptions(
            hook,
            all,
            files,
            fromRef,
            toRef,
            stage,
            showDiffOnFailure,
            verbose,
            failFast,
            configPath(git.root()),
            commitMsgFilename == null ? null : relative(git.root(), commitMsgFilename),
            hookEnv());
    return new Runner(git, output, context.env()).run(options);
  }

  /** The {@code --color} value, else {@code PRE_COMMIT_COLOR}, else auto. */
  static ColorMode colorMode(String value, Map<String, String> env) {
    if (value == null) {
      return ColorMode.fromEnvironment(env);
    }
    ColorMode mode = ColorMode.parse(value);
    if (mode == null) {
      throw new UsageException(
          "invalid --color `" + value + "`: expected one of auto, always, never");
    }
    return mode;
  }

  /**
   * The config, relative to the root: as given when it names a file from the working directory,
   * else taken as relative to the root (pre-commit does the same).
   */
  private String configPath(Path root) {
    return Files.exists(context.workingDir().resolve(config))
        ? relative(root, config)
        : config;
  }

  /** A path given relative to the working directory, made relative to the repository root. */
  private String relative(Path root, String path) {
    Path absolute = context.workingDir().resolve(path).normalize();
    return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
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
