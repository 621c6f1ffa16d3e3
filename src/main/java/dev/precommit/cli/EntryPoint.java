package dev.precommit.cli;

import dev.precommit.CliContext;

/**
 * One command line in one context: what {@code Main} runs for the process and what the daemon runs
 * for each request. Git hooks take the lean path ({@code hook-impl}, parsed by hand); everything
 * else goes through picocli.
 */
public final class EntryPoint {
  private EntryPoint() {}

  public static int execute(CliContext context, String... args) {
    boolean hook = args.length > 0 && args[0].equals("hook-impl");
    return hook ? new HookImpl(context).run(args) : new Cli(context).execute(args);
  }
}
