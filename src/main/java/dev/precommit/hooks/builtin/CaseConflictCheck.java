package dev.precommit.hooks.builtin;

import dev.precommit.config.Stage;
import dev.precommit.hooks.ArgumentParser;
import dev.precommit.hooks.Check;
import dev.precommit.hooks.CheckAbortedException;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckInfo;
import dev.precommit.hooks.CheckResult;
import dev.precommit.hooks.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code check-case-conflict}: a repository with {@code README} and {@code readme} (or a file and a
 * directory differing in case) cannot be checked out on macOS or Windows. The files being
 * committed, the files added in the index and their parent directories are compared, ignoring case,
 * with each other and with everything tracked.
 */
public final class CaseConflictCheck implements Check {
  private static final ArgumentParser ARGS = new ArgumentParser("check-case-conflict").strict();

  private static final CheckInfo INFO =
      new CheckInfo(
          "check-case-conflict",
          "check for case conflicts",
          "checks for files that would conflict in case-insensitive filesystems.",
          "",
          "^$",
          List.of("file"),
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
    Set<String> repoFiles =
        new HashSet<>(
            GitCommands.splitZ(GitCommands.output(context.git(), List.of("ls-files", "-z"))));
    repoFiles.addAll(directoriesOf(repoFiles));
    Set<String> relevant = new HashSet<>(parsed.filenames(files));
    relevant.addAll(GitCommands.addedFiles(context.git()));
    relevant.addAll(directoriesOf(relevant));
    repoFiles.removeAll(relevant);

    Set<String> conflicts = lower(repoFiles);
    conflicts.retainAll(lower(relevant));
    Set<String> seen = new HashSet<>();
    for (String name : relevant) {
      String lower = lower(name);
      if (!seen.add(lower)) {
        conflicts.add(lower);
      }
    }
    if (conflicts.isEmpty()) {
      return new CheckResult(0, new byte[0], Set.of());
    }
    Set<String> conflicting = new TreeSet<>();
    for (Set<String> group : List.of(repoFiles, relevant)) {
      for (String name : group) {
        if (conflicts.contains(lower(name))) {
          conflicting.add(name);
        }
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (String name : conflicting) {
      findings.add(new Finding(name, 0, "Case-insensitivity conflict found: " + name));
    }
    return Findings.result(findings);
  }

  private static Set<String> directoriesOf(Set<String> files) {
    Set<String> directories = new HashSet<>();
    for (String file : files) {
      for (int slash = file.lastIndexOf('/'); slash > 0; slash = file.lastIndexOf('/', slash - 1)) {
        directories.add(file.substring(0, slash));
      }
    }
    return directories;
  }

  private static Set<String> lower(Set<String> names) {
    Set<String> lowered = new HashSet<>();
    for (String name : names) {
      lowered.add(lower(name));
    }
    return lowered;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
