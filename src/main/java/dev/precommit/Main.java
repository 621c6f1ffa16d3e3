package dev.precommit;

import dev.precommit.cli.EntryPoint;
import dev.precommit.process.RunningHooks;

/** The entry point: the process's own context, one command line, its exit code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int code = EntryPoint.execute(CliContext.standard(), args);
    // An interrupted run ends by the signal handler's halt, with the signal's code.
    RunningHooks.current().awaitHaltIfStopped();
    System.exit(code);
  }
}
