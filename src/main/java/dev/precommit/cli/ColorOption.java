package dev.precommit.cli;

import dev.precommit.output.ColorMode;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --color}, as {@code run}, {@code list} and {@code try-repo} document it. */
final class ColorOption {
  @Option(
      names = "--color",
      paramLabel = "auto|always|never",
      description = "Whether to use color in output.")
  String color;

  /** The {@code --color} value, else {@code PRE_COMMIT_COLOR}, else auto. */
  static ColorMode mode(String value, Map<String, String> env) {
    if (value == null) {
      return ColorMode.fromEnvironment(env);
    }
    ColorMode mode = ColorMode.parse(value);
    if (mode == null) {
      throw new UsageException(
          "invalid --color `" + value + "`: expected one of auto, always, never");
    }
    return mode;
  }
}
