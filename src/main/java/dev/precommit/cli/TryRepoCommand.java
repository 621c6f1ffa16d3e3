package dev.precommit.cli;

import dev.precommit.config.Stage;
import dev.precommit.git.GitRepo;
import dev.precommit.output.Output;
import dev.precommit.repo.Store;
import dev.precommit.repo.TryRepo;
import dev.precommit.run.RunOptions;
import dev.precommit.run.Runner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code precommit try-repo REPO [HOOK]}: runs a hook repository's hooks (or one) on this
 * repository without touching its config, from a scratch cache deleted afterwards.
 */
@Command(
    name = "try-repo",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Try the hooks in a repository, useful for developing new hooks.")
public final class TryRepoCommand implements Callable<Integer> {
  private final CliContext context;

  @Parameters(index = "0", paramLabel = "REPO", description = "Repository to source hooks from.")
  String repo;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "HOOK",
      description = "A single hook-id to run.")
  String hook;

  @Option(
      names = {"--ref", "--rev"},
      description =
          "Manually select a rev to run against, otherwise the `HEAD` revision will be used.")
  String ref;

  @ArgGroup(exclusive = true)
  FileChoice fileChoice;

  /** {@code --all-files} and {@code --files} exclude each other, as in {@code run}. */
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

  @Option(
      names = {"--from-ref", "--source", "-s"},
      description = "The original ref.")
  String fromRef;

  @Option(
      names = {"--to-ref", "--origin", "-o"},
      description = "The destination ref.")
  String toRef;

  @Option(
      names = "--hook-stage",
      paramLabel = "STAGE",
      description = "The stage during which the hook is fired.")
  String hookStage = "pre-commit";

  @Option(names = "--show-diff-on-failure", description = "When hooks fail, run `git diff`.")
  boolean showDiffOnFailure;

  @Option(names = {"-v", "--verbose"})
  boolean verbose;

  @Option(names = "--fail-fast", description = "Stop after the first failing hook.")
  boolean failFast;

  @Option(
      names = {"-c", "--config"},
      paramLabel = "CONFIG",
      description = "Accepted as pre-commit does; unused.")
  String config;

  @Option(
      names = "--color",
      paramLabel = "auto|always|never",
      description = "Whether to use color in output.")
  String color;

  public TryRepoCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    Stage stage =
        Stage.fromId(hookStage)
            .orElseThrow(() -> new UsageException("invalid --hook-stage `" + hookStage + "`"));
    Output out = CommandOutput.of(context, color);
    GitRepo git = GitRepo.discover(context.workingDir(), context.env());
    Path root = git.root();
    Path scratch = Files.createTempDirectory("precommit-try-repo");
    try {
      TryRepo tryRepo = new TryRepo(scratch, context.env(), out);
      Path configFile = tryRepo.prepare(repoAsSeenFromRoot(root), hook, ref, root);
      boolean all = fileChoice != null && fileChoice.allFiles;
      List<String> files = fileChoice == null ? null : fileChoice.files;
      RunOptions options =
          new RunOptions(
              null,
              all,
              files == null ? null : files.stream().map(f -> relative(root, f)).toList(),
              fromRef,
              toRef,
              stage,
              showDiffOnFailure,
              verbose,
              failFast,
              configFile.toString(),
              null,
              Map.of());
      return new Runner(git, out, tryRepo.runEnvironment()).run(options);
    } finally {
      Store.deleteRecursively(scratch);
    }
  }

  /** A local path relative to the working directory, re-expressed relative to the root. */
  private String repoAsSeenFromRoot(Path root) {
    Path local = context.workingDir().resolve(repo);
    if (repo.contains("://") || !Files.exists(local)) {
      return repo;
    }
    Path absolute = local.toAbsolutePath().normalize();
    return Path.of(repo).isAbsolute() ? absolute.toString() : root.relativize(absolute).toString();
  }

  private String relative(Path root, String path) {
    Path absolute = context.workingDir().resolve(path).normalize();
    return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
  }
}
