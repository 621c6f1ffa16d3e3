package dev.precommit.cli;

import dev.precommit.CliContext;
import dev.precommit.ExitCodes;
import dev.precommit.FatalException;
import dev.precommit.output.Output;
import dev.precommit.repo.Store;
import dev.precommit.repo.StoreGc;
import dev.precommit.stash.RestoredPatches;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code precommit gc}: deletes the clones that no config the cache remembers still uses, and the
 * saved patches of stashes restored more than 30 days ago ({@link RestoredPatches}).
 */
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
    Store store = Store.forEnvironment(context.env());
    // The configs of the workspace around the working directory count as used, nested ones too.
    for (String config : WorkspaceConfigs.relativeToWorkingDir(context)) {
      store.markConfigUsed(context.workingDir().resolve(config).normalize(), out::info);
    }
    int removed = new StoreGc(store).collect(out::info);
    out.writeLine(removed + " repo(s) removed.");
    int patches;
    try {
      patches = RestoredPatches.prune(store.dir(), Instant.now());
    } catch (IOException e) {
      throw new FatalException(
          "cannot prune restored stashes in " + store.dir() + ": " + e.getMessage(), e);
    }
    if (patches > 0) {
      out.writeLine(
          patches
              + " restored stash patch(es) removed (restored more than "
              + RestoredPatches.KEEP.toDays()
              + " days ago).");
    }
    return ExitCodes.OK;
  }
}
