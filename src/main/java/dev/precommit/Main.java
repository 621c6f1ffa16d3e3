package dev.precommit;

import dev.precommit.cli.Cli;

/** The entry point: one line of glue. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(Cli.standard().execute(args));
  }
}
