package dev.precommit.cli;

import dev.precommit.CliContext;
import dev.precommit.config.Stage;
import dev.precommit.git.GitRepo;
import dev.precommit.install.HookEnvironments;
import dev.precommit.install.LauncherPath;
import dev.precommit.install.RepositoryHooks;
import dev.precommit.output.Output;
import dev.precommit.run.RunOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code precommit install}: writes the git hook shims into this repository. */
@Command(
    name = "install",
    mixinStandardHelpOptions = true,
    description = "Install the git hook scripts.")
public final class InstallCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(
      names = {"-c", "--config"},
      description = "Path to alternate config file.")
  String config = RunOptions.DEFAULT_CONFIG;

  @Option(
      names = {"-f", "--overwrite"},
      description = "Overwrite existing hooks / remove migration mode.")
  boolean overwrite;

  @Option(names = "--install-hooks", description = "Also prepare hook environments now.")
  boolean installHooks;

  @Option(
      names = {"-t", "--hook-type"},
      converter = HookTypeConverter.class,
      description = "Hook type to install (repeatable); default: default_install_hook_types.")
  List<Stage> hookTypes = new ArrayList<>();

  @Option(
      names = "--allow-missing-config",
      description = "Hooks skip, instead of failing, when the config file is missing.")
  boolean allowMissingConfig;

  @Option(
      names = "--hooks-path",
      description = "Install into the folder core.hooksPath names instead of refusing.")
  boolean hooksPath;

  @Option(names = "--color", description = "Whether to use color: auto, always, never.")
  String color;

  public InstallCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Output out = CommandOutput.of(context, color);
    GitRepo repo = GitRepo.discover(context.workingDir(), context.env());
    String cfg = RepositoryHooks.configPath(context.workingDir(), repo.root(), config);
    RepositoryHooks hooks = new RepositoryHooks(repo, out, LauncherPath.locate(context.env()));
    int code = hooks.install(cfg, hookTypes, overwrite, allowMissingConfig, hooksPath);
    if (code == 0 && installHooks) {
      code = HookEnvironments.prepareAll(repo, cfg, out);
    }
    return code;
  }
}
