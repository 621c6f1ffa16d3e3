package dev.precommit.cli;

import dev.precommit.config.ConfigMigration;
import dev.precommit.config.Constants;
import dev.precommit.output.Output;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code migrate-config}: rewrites an old config to the current format, in place. */
@Command(
    name = "migrate-config",
    description = "Migrate list configuration to new map configuration.")
public final class MigrateConfigCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin private ColorOption color;

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
    new Output(context.out(), context.err(), false)
        .writeLine(
            changed ? "Configuration has been migrated." : "Configuration is already migrated.");
    return ExitCodes.OK;
  }
}
