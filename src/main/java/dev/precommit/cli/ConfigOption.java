package dev.precommit.cli;

import dev.precommit.run.RunOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code -c/--config}, as {@code run} and {@code list} read it. */
final class ConfigOption {
  @Option(
      names = {"-c", "--config"},
      paramLabel = "CONFIG",
      description = "Path to alternate config file.")
  String config;

  /** Whether {@code -c} was given: then one config, no workspace discovery. */
  boolean given() {
    return config != null;
  }

  /**
   * The config, relative to the root: as given when it names a file from the working directory,
   * else taken as relative to the root (pre-commit does the same).
   */
  String path(Path workingDir, Path root) {
    String config = given() ? this.config : RunOptions.DEFAULT_CONFIG;
    return Files.exists(workingDir.resolve(config))
        ? FileOptions.relative(workingDir, root, config)
        : config;
  }
}
