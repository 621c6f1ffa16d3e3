package dev.precommit.cli;

import dev.precommit.git.GitRepo;
import dev.precommit.output.Output;
import dev.precommit.repo.InterimHookRun;
import dev.precommit.repo.Store;
import dev.precommit.repo.TryRepo;
import dev.precommit.run.RunOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code precommit try-repo REPO [HOOK]}: runs a hook repository's hooks (or one) on this
 * repository without touching its config, from a scratch cache that is deleted afterwards.
 */
@Command(name = "try-repo", description = "Try the hooks in a repository, useful for developing new hooks.")
public final class TryRepoCommand implements Callable<Integer> {
  private final CliContext context;

  @Parameters(index = "0", description = "Repository to source hooks from.")
  String repo;

  @Parameters(index = "1", arity = "0..1", description = "A single hook-id to run.")
  String hook;

  @Option(names = {"--ref", "--rev"}, description = "Manually select a rev to run against,"
      + " otherwise the `HEAD` revision will be used.")
  String ref;

  @Option(names = {"-c", "--config"}, description = "Accepted for compatibility; unused.")
  String config;

  @Option(names = "--color", defaultValue = "auto", description = "auto, always or never.")
  String color;

  @Option(names = {"-a", "--all-files"}, description = "Run on all the files in the repo.")
  boolean allFiles;

  @Option(names = "--files", arity = "0..*", description = "Specific filenames to run hooks on.")
  List<String> files;

  @Option(names = {"-v", "--verbose"})
  boolean verbose;

  @Option(names = "--show-diff-on-failure")
  boolean showDiffOnFailure;

  @Option(names = "--hook-stage", description = "The stage during which the hook is fired.")
  String hookStage;

  @Option(names = {"--from-ref", "--source", "-s"})
  String fromRef;

  @Option(names = {"--to-ref", "--origin", "-o"})
  String toRef;

  public TryRepoCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Output out = CommandFailures.output(context);
    return CommandFailures.guard(
        out,
        () -> {
          if (allFiles && files != null) {
            throw new FatalException("--all-files and --files cannot be used together", 2);
          }
          GitRepo git = GitRepo.discover(context.workingDir(), context.env());
          Path root = git.root();
          String source = repo;
          Path local = context.workingDir().resolve(repo);
          if (!repo.contains("://") && Files.exists(local)) {
            Path absolute = local.toAbsolutePath().normalize();
            source = Path.of(repo).isAbsolute() ? absolute.toString()
                : root.relativize(absolute).toString();
          }
          Path scratch = Files.createTempDirectory("precommit-try-repo");
          try {
            TryRepo tryRepo = new TryRepo(scratch, context.env(), out);
            Path configFile = tryRepo.prepare(source, hook, ref, root);
            RunOptions options =
                new RunOptions(
                    null, allFiles, files, fromRef, toRef, null, showDiffOnFailure, verbose, false,
                    configFile.toString(), null, null);
            // The one call into the engine: HookRunner replaces InterimHookRun here.
            return InterimHookRun.run(configFile, options, git, tryRepo.runEnvironment(), out);
          } finally {
            Store.deleteRecursively(scratch);
          }
        });
  }
}
