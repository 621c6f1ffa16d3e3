package dev.precommit;

import dev.precommit.cli.CliContext;
import dev.precommit.cli.EntryPoint;

/** The entry point: the process's own context, one command line, its exit code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(EntryPoint.execute(CliContext.standard(), args));
  }
}
