package dev.precommit.cli;

import dev.precommit.CliContext;
import dev.precommit.git.GitRepo;
import dev.precommit.install.HookEnvironments;
import dev.precommit.install.RepositoryHooks;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code precommit install-hooks}: clones every hook repository and builds every environment. */
@Command(
    name = "install-hooks",
    mixinStandardHelpOptions = true,
    description = "Install hook environments for all environments in the config file.")
public final class InstallHooksCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(
      names = {"-c", "--config"},
      defaultValue = ".pre-commit-config.yaml",
      description = "Path to alternate config file.")
  String config;

  @Option(names = "--color", description = "Whether to use color: auto, always, never.")
  String color;

  public InstallHooksCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    GitRepo repo = GitRepo.discover(context.workingDir(), context.env());
    String cfg = RepositoryHooks.configPath(context.workingDir(), repo.root(), config);
    return HookEnvironments.prepareAll(repo, cfg, CommandOutput.of(context, color));
  }
}
