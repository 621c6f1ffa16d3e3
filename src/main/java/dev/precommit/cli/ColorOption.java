package dev.precommit.cli;

import dev.precommit.output.ColorMode;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --color {auto,always,never}}, which every pre-commit command but {@code help} accepts;
 * without it, {@code PRE_COMMIT_COLOR} decides, else auto.
 */
public final class ColorOption {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  private ColorMode mode;

  @Option(
      names = "--color",
      paramLabel = "{auto,always,never}",
      description = "Whether to use color in output. Defaults to auto.")
  void setColor(String value) {
    mode = ColorMode.parse(value);
    if (mode == null) {
      throw new ParameterException(
          spec.commandLine(),
          "argument --color: invalid choice: '"
              + value
              + "' (choose from 'auto', 'always', 'never')");
    }
  }

  /** Whether to colour, given whether the output is a terminal. */
  public boolean enabled(boolean terminal, Map<String, String> env) {
    ColorMode chosen = mode == null ? ColorMode.fromEnvironment(env) : mode;
    return chosen.enabled(terminal, env);
  }
}
