package dev.precommit.cli;

import dev.precommit.CliContext;
import dev.precommit.output.Output;

/** The {@link Output} of a human-facing command: its streams and its {@code --color} choice. */
final class CommandOutput {
  private CommandOutput() {}

  static Output of(CliContext context, String color) {
    boolean colored =
        ColorOption.mode(color, context.env()).enabled(context.terminal(), context.env());
    return new Output(context.out(), context.err(), colored);
  }
}
