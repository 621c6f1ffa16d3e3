package dev.precommit.cli;

import dev.precommit.CliContext;
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
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin FileOptions files = new FileOptions();

  @Mixin HookRunFlags flags = new HookRunFlags();

  @Option(
      names = {"-c", "--config"},
      paramLabel = "CONFIG",
      description = "Accepted as pre-commit does; unused.")
  String config;

  @Mixin ColorOption color = new ColorOption();

  public TryRepoCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    Stage stage = flags.stage();
    Output out = CommandOutput.of(context, color.color);
    GitRepo git = GitRepo.discover(context.workingDir(), context.env());
    Path root = git.root();
    Path scratch = Files.createTempDirectory("precommit-try-repo");
    try {
      TryRepo tryRepo = new TryRepo(scratch, context.env(), out);
      Path configFile = tryRepo.prepare(repoAsSeenFromRoot(root), hook, ref, root);
      RunOptions options =
          new RunOptions(
              null,
              files.allFiles(),
              files.files(context.workingDir(), root),
              files.fromRef,
              files.toRef,
              stage,
              flags.showDiffOnFailure,
              flags.verbose,
              flags.failFast,
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
}
