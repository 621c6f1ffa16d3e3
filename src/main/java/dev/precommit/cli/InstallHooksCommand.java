package dev.precommit.cli;

import dev.precommit.config.Config;
import dev.precommit.git.GitRepo;
import dev.precommit.lang.HookContext;
import dev.precommit.lang.HookEnvironments;
import dev.precommit.lang.Languages;
import dev.precommit.output.Output;
import dev.precommit.repo.ConfigFormat;
import dev.precommit.repo.HookResolver;
import dev.precommit.repo.InterimConfigFormat;
import dev.precommit.repo.RepoCloner;
import dev.precommit.repo.Store;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code precommit install-hooks}: clones every hook repository and builds every environment. */
@Command(
    name = "install-hooks",
    description = "Install hook environments for all environments in the config file.")
public final class InstallHooksCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(names = {"-c", "--config"}, defaultValue = ".pre-commit-config.yaml",
      description = "Path to alternate config file.")
  String config;

  @Option(names = "--color", defaultValue = "auto", description = "auto, always or never.")
  String color;

  public InstallHooksCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Output out = CommandFailures.output(context);
    return CommandFailures.guard(
        out,
        () -> {
          Path root = GitRepo.discover(context.workingDir(), context.env()).root();
          Path configFile = context.workingDir().resolve(config);
          ConfigFormat format = new InterimConfigFormat();
          Config loaded = format.loadConfig(configFile);
          Store store = Store.forEnvironment(context.env());
          store.markConfigUsed(configFile, out::info);
          HookResolver resolver = new HookResolver(store, new RepoCloner(root), format, out::info);
          new HookEnvironments(Languages.standard())
              .install(
                  resolver.resolveAll(loaded, root),
                  new HookContext(root, context.env(), 1, false, store.dir()),
                  out);
          return ExitCodes.OK;
        });
  }
}
