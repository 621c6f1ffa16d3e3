package dev.precommit.cli;

import dev.precommit.CliContext;
import dev.precommit.ExitCodes;
import dev.precommit.config.ConfigMigration;
import dev.precommit.config.Constants;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code migrate-config}: rewrites an old config to the current format, in place. */
@Command(
    name = "migrate-config",
    mixinStandardHelpOptions = true,
    description = "Migrate list configuration to new map configuration.")
public final class MigrateConfigCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(names = "--color", description = "Whether to use color: auto, always, never.")
  String color;

  @Option(
      names = {"-c", "--config"},
      paramLabel = "CONFIG",
      description = "Path to alternate config file (default: " + Constants.CONFIG_FILE + ").")
  private String config = Constants.CONFIG_FILE;

  public MigrateConfigCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    boolean changed = ConfigMigration.migrateFile(context.workingDir().resolve(config), config);
    CommandOutput.of(context, color)
        .writeLine(
            changed ? "Configuration has been migrated." : "Configuration is already migrated.");
    return ExitCodes.OK;
  }
}
