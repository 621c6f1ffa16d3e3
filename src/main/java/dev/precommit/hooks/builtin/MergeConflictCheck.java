package dev.precommit.hooks.builtin;

import dev.precommit.config.Stage;
import dev.precommit.hooks.ArgumentParser;
import dev.precommit.hooks.Check;
import dev.precommit.hooks.CheckAbortedException;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckInfo;
import dev.precommit.hooks.CheckResult;
import dev.precommit.hooks.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code check-merge-conflict}: stops a commit that still holds conflict markers. It looks only
 * while a merge or rebase is in progress (markers are ordinary text in other commits, e.g. in
 * documentation about git), unless {@code --assume-in-merge} says otherwise.
 */
public final class MergeConflictCheck implements Check {
  private static final ArgumentParser ARGS =
      new ArgumentParser("check-merge-conflict").flag("assume_in_merge", "--assume-in-merge");

  /** Line starts that mark a conflict, with the marker the message names. */
  private static final List<String[]> MARKERS =
      List.of(
          new String[] {"<<<<<<< ", "<<<<<<<"},
          new String[] {"======= ", "======="},
          new String[] {"=======\r\n", "======="},
          new String[] {"=======\n", "======="},
          new String[] {">>>>>>> ", ">>>>>>>"});

  private static final CheckInfo INFO =
      new CheckInfo(
          "check-merge-conflict",
          "check for merge conflicts",
          "checks for files that contain merge conflict strings.",
          "",
          "^$",
          List.of("text"),
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
  public CheckResult run(CheckContext context, List<String> files, List<String> args)
      throws IOException {
    ArgumentParser.Parsed parsed;
    try {
      parsed = ARGS.parse(args);
    } catch (CheckAbortedException e) {
      return e.toResult();
    }
    if (!parsed.flag("assume_in_merge") && !inMerge(context)) {
      return new CheckResult(0, new byte[0], Set.of());
    }
    List<String> paths = parsed.filenames(files);
    List<List<Finding>> perFile =
        ParallelFiles.map(
            context.jobs(),
            paths,
            file -> scan(file, Files.readAllBytes(context.root().resolve(file))));
    return Findings.result(perFile.stream().flatMap(List::stream).toList());
  }

  /** A merge, or a rebase stopped on a conflict: MERGE_MSG plus MERGE_HEAD or a rebase dir. */
  private static boolean inMerge(CheckContext context) {
    Path gitDir = context.git().gitDir();
    return Files.exists(gitDir.resolve("MERGE_MSG"))
        && (Files.exists(gitDir.resolve("MERGE_HEAD"))
            || Files.exists(gitDir.resolve("rebase-apply"))
            || Files.exists(gitDir.resolve("rebase-merge")));
  }

  /** The markers in one file's bytes, lines split at {@code \n} as Python reads them. */
  static List<Finding> scan(String file, byte[] content) {
    List<Finding> found = new ArrayList<>();
    int line = 1;
    int start = 0;
    while (start < content.length) {
      int end = start;
      while (end < content.length && content[end] != '\n') {
        end++;
      }
      int lineEnd = end < content.length ? end + 1 : end;
      for (String[] marker : MARKERS) {
        if (startsWith(content, start, lineEnd, marker[0])) {
          found.add(
              new Finding(
                  file,
                  line,
                  file + ":" + line + ": Merge conflict string '" + marker[1] + "' found"));
        }
      }
      line++;
      start = lineEnd;
    }
    return found;
  }

  private static boolean startsWith(byte[] content, int from, int to, String prefix) {
    if (to - from < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (content[from + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
