package dev.precommit.cli;

import dev.precommit.output.Output;
import dev.precommit.repo.CacheDir;
import dev.precommit.repo.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code precommit clean}: deletes the whole cache (clones, environments, artifacts). */
@Command(name = "clean", description = "Clean out pre-commit files.")
public final class CleanCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(names = "--color", defaultValue = "auto", description = "auto, always or never.")
  String color;

  public CleanCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Output out = CommandFailures.output(context);
    return CommandFailures.guard(
        out,
        () -> {
          Path dir = CacheDir.resolve(context.env());
          if (Files.exists(dir)) {
            Store.deleteRecursively(dir);
            out.writeLine("Cleaned " + dir + ".");
          }
          return ExitCodes.OK;
        });
  }
}
