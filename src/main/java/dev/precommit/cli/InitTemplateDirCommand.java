package dev.precommit.cli;

import dev.precommit.CliContext;
import dev.precommit.config.Stage;
import dev.precommit.install.LauncherPath;
import dev.precommit.install.TemplateDir;
import dev.precommit.run.RunOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code precommit init-templatedir DIR}: shims for a git template directory. */
@Command(
    name = "init-templatedir",
    mixinStandardHelpOptions = true,
    description =
        "Install hook scripts in a directory intended for use with"
            + " `git config init.templateDir`.")
public final class InitTemplateDirCommand implements Callable<Integer> {
  private final CliContext context;

  @Parameters(index = "0", paramLabel = "DIRECTORY", description = "The directory to write to.")
  String directory;

  @Option(
      names = {"-c", "--config"},
      description = "Path to alternate config file.")
  String config = RunOptions.DEFAULT_CONFIG;

  @Option(
      names = {"-t", "--hook-type"},
      converter = HookTypeConverter.class,
      description = "Hook type to install (repeatable); default: default_install_hook_types.")
  List<Stage> hookTypes = new ArrayList<>();

  @Option(
      names = "--no-allow-missing-config",
      description = "Hooks fail, instead of skipping, when a repository has no config file.")
  boolean noAllowMissingConfig;

  @Option(names = "--color", description = "Whether to use color: auto, always, never.")
  String color;

  public InitTemplateDirCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    return new TemplateDir(
            context.workingDir(),
            context.env(),
            CommandOutput.of(context, color),
            LauncherPath.locate(context.env()))
        .init(directory, config, hookTypes, !noAllowMissingConfig);
  }
}
