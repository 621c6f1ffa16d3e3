package dev.precommit.cli;

import dev.precommit.output.ColorMode;
import dev.precommit.output.Output;

/** The {@link Output} of a human-facing command: its streams and its {@code --color} choice. */
final class CommandOutput {
  private CommandOutput() {}

  static Output of(CliContext context, String color) {
    ColorMode mode =
        color == null ? ColorMode.fromEnvironment(context.env()) : ColorMode.parse(color);
    if (mode == null) {
      throw new FatalException("--color must be one of auto, always, never", ExitCodes.USAGE);
    }
    boolean terminal = context.out() == System.out && System.console() != null;
    return new Output(context.out(), context.err(), mode.enabled(terminal, context.env()));
  }
}
