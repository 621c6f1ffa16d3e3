package dev.precommit.cli;

import dev.precommit.CliContext;
import dev.precommit.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sample-config}: prints pre-commit's starter config, byte for byte. */
@Command(
    name = "sample-config",
    mixinStandardHelpOptions = true,
    description = "Produce a sample .pre-commit-config.yaml file")
public final class SampleConfigCommand implements Callable<Integer> {
  /** pre-commit's sample, so the two tools print the same starting point. */
  static final String SAMPLE =
      """
      # See https://pre-commit.com for more information
      # See https://pre-commit.com/hooks.html for more hooks
      repos:
      -   repo: https://github.com/pre-commit/pre-commit-hooks
          rev: v3.2.0
          hooks:
          -   id: trailing-whitespace
          -   id: end-of-file-fixer
          -   id: check-yaml
          -   id: check-added-large-files
      """;

  private final CliContext context;

  @Option(names = "--color", description = "Whether to use color: auto, always, never.")
  String color;

  public SampleConfigCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    CommandOutput.of(context, color).write(SAMPLE);
    return ExitCodes.OK;
  }
}
