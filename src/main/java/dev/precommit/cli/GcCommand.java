package dev.precommit.cli;

import dev.precommit.output.Output;
import dev.precommit.repo.Store;
import dev.precommit.repo.StoreGc;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code precommit gc}: deletes the clones that no config the cache remembers still uses. */
@Command(name = "gc", mixinStandardHelpOptions = true, description = "Clean unused cached repos.")
public final class GcCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(names = "--color", description = "Whether to use color: auto, always, never.")
  String color;

  public GcCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Output out = CommandOutput.of(context, color);
    int removed = new StoreGc(Store.forEnvironment(context.env())).collect(out::info);
    out.writeLine(removed + " repo(s) removed.");
    return ExitCodes.OK;
  }
}
