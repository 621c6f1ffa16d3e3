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
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code check-case-conflict}: a repository with {@code README} and {@code readme} (or a file and a
 * directory differing in case) cannot be checked out on macOS or Windows. The files being
 * committed, the files added in the index and their parent directories are compared, ignoring case,
 * with each other and with everything tracked.
 */
public final class CaseConflictCheck implements Check {
  private static final ArgumentParser ARGS = new ArgumentParser("check-case-conflict");

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
    return runBatches(context, List.of(files), args);
  }

  /**
   * Each batch is an invocation of the script, which compares that batch's files plus every added
   * file with the rest of the repository: a conflict among added files is printed once per batch,
   * as pre-commit prints it. git is asked once.
   */
  @Override
  public CheckResult runBatches(
      CheckContext context, List<List<String>> batches, List<String> args) {
    ArgumentParser.Parsed parsed;
    try {
      parsed = ARGS.parse(args);
    } catch (CheckAbortedException e) {
      return CheckResult.concat(Collections.nCopies(batches.size(), e.toResult()));
    }
    Set<String> repoFiles =
        new HashSet<>(
            context.projectPaths(
                GitCommands.splitZ(GitCommands.output(context.git(), List.of("ls-files", "-z")))));
    repoFiles.addAll(directoriesOf(repoFiles));
    Map<String, List<String>> repoByLower = byLower(repoFiles);
    List<String> added = GitCommands.addedFiles(context);
    List<CheckResult> results = new ArrayList<>();
    for (List<String> batch : batches) {
      results.add(conflicts(repoByLower, relevant(parsed.filenames(batch), added)));
    }
    return CheckResult.concat(results);
  }

  /** The files one invocation looks at: its own, the added ones, and their directories. */
  private static Set<String> relevant(List<String> files, List<String> added) {
    Set<String> relevant = new HashSet<>(files);
    relevant.addAll(added);
    relevant.addAll(directoriesOf(relevant));
    return relevant;
  }

  /**
   * The script's verdict for one invocation: a relevant name conflicts with a tracked name outside
   * the relevant ones, or with another relevant name, ignoring case; every name involved is
   * printed, sorted.
   */
  private static CheckResult conflicts(
      Map<String, List<String>> repoByLower, Set<String> relevant) {
    List<String> conflicting = new ArrayList<>();
    for (Map.Entry<String, List<String>> group : byLower(relevant).entrySet()) {
      List<String> names = new ArrayList<>(group.getValue());
      for (String tracked : repoByLower.getOrDefault(group.getKey(), List.of())) {
        if (!relevant.contains(tracked)) {
          names.add(tracked);
        }
      }
      if (names.size() > 1) {
        conflicting.addAll(names);
      }
    }
    conflicting.sort(PythonText::compareCodePoints);
    List<Finding> findings = new ArrayList<>();
    for (String name : conflicting) {
      findings.add(new Finding(name, 0, "Case-insensitivity conflict found: " + name));
    }
    return Findings.result(findings);
  }

  private static Map<String, List<String>> byLower(Set<String> names) {
    Map<String, List<String>> groups = new HashMap<>();
    for (String name : names) {
      groups.computeIfAbsent(lower(name), k -> new ArrayList<>(1)).add(name);
    }
    return groups;
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

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
