package dev.precommit.cli;

import dev.precommit.CliContext;
import dev.precommit.ExitCodes;
import dev.precommit.output.Output;
import dev.precommit.repo.CacheDir;
import dev.precommit.repo.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code precommit clean}: deletes the whole cache (clones, environments, artifacts). */
@Command(
    name = "clean",
    mixinStandardHelpOptions = true,
    description = "Clean out pre-commit files.")
public final class CleanCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(names = "--color", description = "Whether to use color: auto, always, never.")
  String color;

  public CleanCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    Output out = CommandOutput.of(context, color);
    Path dir = CacheDir.resolve(context.env());
    if (Files.exists(dir)) {
      Store.deleteRecursively(dir);
      out.writeLine("Cleaned " + dir + ".");
    }
    return ExitCodes.OK;
  }
}
