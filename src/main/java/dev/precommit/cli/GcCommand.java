package dev.precommit.cli;

import dev.precommit.output.Output;
import dev.precommit.repo.InterimConfigFormat;
import dev.precommit.repo.Store;
import dev.precommit.repo.StoreGc;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code precommit gc}: deletes the clones that no config the cache remembers still uses. */
@Command(name = "gc", description = "Clean unused cached repos.")
public final class GcCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(names = "--color", defaultValue = "auto", description = "auto, always or never.")
  String color;

  public GcCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Output out = CommandFailures.output(context);
    return CommandFailures.guard(
        out,
        () -> {
          Store store = Store.forEnvironment(context.env());
          int removed = new StoreGc(store, new InterimConfigFormat()).collect(out::info);
          out.writeLine(removed + " repo(s) removed.");
          return ExitCodes.OK;
        });
  }
}
