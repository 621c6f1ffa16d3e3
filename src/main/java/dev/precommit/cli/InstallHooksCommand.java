package dev.precommit.cli;

import dev.precommit.CliContext;
import dev.precommit.git.GitRepo;
import dev.precommit.install.HookEnvironments;
import dev.precommit.install.RepositoryHooks;
import dev.precommit.output.Output;
import dev.precommit.run.RunOptions;
import dev.precommit.workspace.Project;
import java.util.List;
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
    Output out = CommandOutput.of(context, color);
    List<Project> projects = WorkspaceConfigs.projects(context, repo, config);
    if (projects.isEmpty()) {
      String cfg =
          RepositoryHooks.configPath(
              context.workingDir(),
              repo.root(),
              config == null ? RunOptions.DEFAULT_CONFIG : config);
      return HookEnvironments.prepareAll(repo, cfg, out);
    }
    int result = 0;
    for (Project project : projects) {
      result |=
          HookEnvironments.prepareAll(
              repo, project.configFile(), repo.root().resolve(project.dir()), out);
    }
    return result;
  }
}
