package dev.precommit.cli;

import dev.precommit.CliContext;
import dev.precommit.git.GitRepo;
import dev.precommit.install.RepositoryHooks;
import dev.precommit.output.Output;
import dev.precommit.repo.Autoupdater;
import dev.precommit.repo.RepoCloner;
import dev.precommit.repo.Store;
import dev.precommit.run.RunOptions;
import dev.precommit.workspace.Project;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code precommit autoupdate}: moves each hook repository's rev to its latest tag. */
@Command(
    name = "autoupdate",
    mixinStandardHelpOptions = true,
    description = "Auto-update pre-commit config to the latest repos' versions.")
public final class AutoupdateCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(
      names = {"-c", "--config"},
      description = "Path to alternate config file.")
  String config;

  @Option(names = "--color", description = "Whether to use color: auto, always, never.")
  String color;

  @Option(
      names = "--bleeding-edge",
      description =
          "Update to the bleeding edge of the default branch instead of the latest"
              + " tagged version.")
  boolean bleedingEdge;

  @Option(names = "--freeze", description = "Store \"frozen\" hashes in rev instead of tag names.")
  boolean freeze;

  @Option(
      names = "--repo",
      description = "Only update this repository -- may be specified" + " multiple times.")
  List<String> repos = new ArrayList<>();

  @Option(
      names = {"-j", "--jobs"},
      defaultValue = "1",
      description = "Number of threads to use (default 1; 0 = one per core).")
  int jobs;

  public AutoupdateCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (jobs < 0) {
      throw new UsageException("--jobs must be 0 or more");
    }
    Output out = CommandOutput.of(context, color);
    GitRepo repo = GitRepo.discover(context.workingDir(), context.env());
    List<Project> projects = WorkspaceConfigs.projects(context, repo, config);
    List<String> configs =
        projects.isEmpty()
            ? List.of(
                RepositoryHooks.configPath(
                    context.workingDir(),
                    repo.root(),
                    config == null ? RunOptions.DEFAULT_CONFIG : config))
            : projects.stream().map(Project::configFile).toList();
    int result = 0;
    for (String cfg : configs) {
      Path configFile = repo.root().resolve(cfg);
      Store.forEnvironment(context.env()).markConfigUsed(configFile, out::info);
      result |=
          new Autoupdater(new RepoCloner(repo.root(), context.env()), out)
              .run(configFile, cfg, new Autoupdater.Options(bleedingEdge, freeze, repos, jobs));
    }
    return result;
  }
}
