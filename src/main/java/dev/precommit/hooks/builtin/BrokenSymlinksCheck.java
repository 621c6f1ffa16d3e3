package dev.precommit.hooks.builtin;

import dev.precommit.config.Stage;
import dev.precommit.hooks.ArgumentParser;
import dev.precommit.hooks.Check;
import dev.precommit.hooks.CheckAbortedException;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckInfo;
import dev.precommit.hooks.CheckResult;
import dev.precommit.hooks.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code check-symlinks}: a symlink whose target is missing is almost always a mistake (a path from
 * the author's machine, or a target that was not committed).
 */
public final class BrokenSymlinksCheck implements Check {
  private static final ArgumentParser ARGS = new ArgumentParser("check-symlinks");

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
    ArgumentParser.Parsed parsed;
    try {
      parsed = ARGS.parse(args);
    } catch (CheckAbortedException e) {
      return e.toResult();
    }
    List<Finding> findings = new ArrayList<>();
    for (String file : parsed.filenames(files)) {
      Path path = context.root().resolve(file);
      if (Files.isSymbolicLink(path) && !Files.exists(path)) {
        findings.add(new Finding(file, 0, file + ": Broken symlink"));
      }
    }
    return Findings.result(findings);
  }
}
