package dev.precommit;

import dev.precommit.cli.Cli;
import dev.precommit.cli.CliContext;
import dev.precommit.cli.HookImpl;
import dev.precommit.process.RunningHooks;

/**
 * The entry point. Git hooks take the lean path ({@code hook-impl}, parsed by hand); everything
 * else goes through picocli.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    boolean hook = args.length > 0 && args[0].equals("hook-impl");
    CliContext context = CliContext.standard();
    int code = hook ? new HookImpl(context).run(args) : new Cli(context).execute(args);
    // An interrupted run ends by the signal handler's halt, with the signal's code.
    RunningHooks.jvm().awaitHaltIfStopped();
    System.exit(code);
  }
}
