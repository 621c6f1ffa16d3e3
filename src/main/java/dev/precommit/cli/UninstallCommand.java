package dev.precommit.cli;

import dev.precommit.CliContext;
import dev.precommit.config.Stage;
import dev.precommit.git.GitRepo;
import dev.precommit.install.LauncherPath;
import dev.precommit.install.RepositoryHooks;
import dev.precommit.run.RunOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code precommit uninstall}: removes our shims and restores the hooks they replaced. */
@Command(
    name = "uninstall",
    mixinStandardHelpOptions = true,
    description = "Uninstall the git hook scripts.")
public final class UninstallCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(
      names = {"-c", "--config"},
      description = "Path to alternate config file.")
  String config = RunOptions.DEFAULT_CONFIG;

  @Option(
      names = {"-t", "--hook-type"},
      converter = HookTypeConverter.class,
      description = "Hook type to uninstall (repeatable); default: default_install_hook_types.")
  List<Stage> hookTypes = new ArrayList<>();

  @Option(names = "--hooks-path", description = "Uninstall from the folder core.hooksPath names.")
  boolean hooksPath;

  @Option(names = "--color", description = "Whether to use color: auto, always, never.")
  String color;

  public UninstallCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    GitRepo repo = GitRepo.discover(context.workingDir(), context.env());
    String cfg = RepositoryHooks.configPath(context.workingDir(), repo.root(), config);
    return new RepositoryHooks(
            repo, CommandOutput.of(context, color), LauncherPath.locate(context.env()))
        .uninstall(cfg, hookTypes, hooksPath);
  }
}
