package dev.precommit.cli;

import dev.precommit.CliContext;
import dev.precommit.config.Config;
import dev.precommit.config.ConfigLoader;
import dev.precommit.config.Constants;
import dev.precommit.install.HookCheckup;
import dev.precommit.lang.Languages;
import dev.precommit.output.Output;
import dev.precommit.repo.StoredHooks;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code validate-config [FILES…]}: checks configs without running anything. Each invalid file
 * prints pre-commit's error block on stdout; warnings print as {@code [WARNING]} lines. A valid
 * config's hooks are then checked as a run would find them, without the network (remote
 * repositories only as far as the cache holds them): each unknown built-in id, missing hook and
 * language precommit cannot run is an {@code [ERROR] FILE: …} line, and the exit code is 1.
 */
@Command(
    name = "validate-config",
    mixinStandardHelpOptions = true,
    description = "Validate .pre-commit-config.yaml files")
public final class ValidateConfigCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(names = "--color", description = "Whether to use color: auto, always, never.")
  String color;

  @Parameters(
      paramLabel = "FILES",
      arity = "0..*",
      description = "Config files to validate (default: " + Constants.CONFIG_FILE + ").")
  private List<String> files = List.of();

  public ValidateConfigCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Output output = CommandOutput.of(context, color);
    return ValidatedFiles.check(
        files.isEmpty() ? WorkspaceConfigs.relativeToWorkingDir(context) : files,
        Constants.CONFIG_FILE,
        output,
        name -> ConfigLoader.load(context.workingDir().resolve(name), name, output::warn).config(),
        this::problems);
  }

  /** A valid config's hooks checked as a run would find them, without the network. */
  private List<String> problems(Config config) {
    StoredHooks stored = StoredHooks.standard(context.env(), warning -> {});
    return HookCheckup.of(
            config,
            context.workingDir(),
            context.env(),
            Languages.standard(),
            repo -> stored.resolveOrPlaceholders(repo, config))
        .problems();
  }
}
