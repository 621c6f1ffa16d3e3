package dev.precommit.hooks.builtin;

import dev.precommit.config.Stage;
import dev.precommit.hooks.Check;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckInfo;
import dev.precommit.hooks.CheckResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code check-symlinks}: a symlink whose target is missing is almost always a mistake (a path from
 * the author's machine, or a target that was not committed).
 */
public final class BrokenSymlinksCheck implements Check {
  private static final ArgparseSpec ARGS = ArgparseSpec.withFilenames("check-symlinks");

  private static final CheckInfo INFO =
      new CheckInfo(
          "check-symlinks",
          "check for broken symlinks",
          "checks for symlinks which do not point to anything.",
          "",
          "^$",
          List.of("symlink"),
          List.of(),
          List.of(),
          List.of(Stage.values()),
          true,
          false,
          false,
          false);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public CheckResult run(CheckContext context, List<String> files, List<String> args) {
    ArgparseSpec.Parsed parsed;
    try {
      parsed = ARGS.parse(args);
    } catch (ArgparseSpec.UsageError e) {
      return e.toResult();
    }
    StringBuilder out = new StringBuilder();
    for (String file : parsed.filenames(files)) {
      Path path = context.root().resolve(file);
      if (Files.isSymbolicLink(path) && !Files.exists(path)) {
        out.append(file).append(": Broken symlink\n");
      }
    }
    return new CheckResult(
        out.length() == 0 ? 0 : 1, out.toString().getBytes(StandardCharsets.UTF_8), Set.of());
  }
}
