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
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code check-added-large-files}: keeps big files out of history, where they stay forever. Only
 * files the commit adds are checked unless {@code --enforce-all}, so a repository that already
 * holds large files can adopt the hook; files stored by git-lfs are never checked. Sizes are in KiB
 * rounded up, compared with {@code --maxkb} (default 500).
 *
 * <p>Unlike the Python script, names git would quote (non-ASCII, control characters) are matched
 * too: the list of added files is read NUL-separated.
 */
public final class AddedLargeFilesCheck implements Check {
  private static final ArgumentParser ARGS =
      new ArgumentParser("check-added-large-files")
          .flag("enforce_all", "--enforce-all")
          .value("maxkb", null, "--maxkb");

  private static final CheckInfo INFO =
      new CheckInfo(
          "check-added-large-files",
          "check for added large files",
          "prevents giant files from being committed.",
          "",
          "^$",
          List.of("file"),
          List.of(),
          List.of(),
          List.of(Stage.PRE_COMMIT, Stage.PRE_PUSH, Stage.MANUAL),
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
    int maxKb;
    try {
      parsed = ARGS.parse(args);
      maxKb = parsed.integer("maxkb", 500);
    } catch (CheckAbortedException e) {
      return e.toResult();
    }
    Set<String> candidates = new LinkedHashSet<>(parsed.filenames(files));
    // Added files first: usually few or none, so git check-attr sees only those.
    if (!parsed.flag("enforce_all")) {
      candidates.retainAll(new HashSet<>(GitCommands.addedFiles(context)));
    }
    if (!candidates.isEmpty()) {
      candidates.removeAll(lfsFiles(context, candidates));
    }
    List<String> checked = new ArrayList<>(candidates);
    List<Long> sizes =
        ParallelFiles.map(
            context.jobs(),
            checked,
            file -> {
              try {
                return Files.size(context.root().resolve(file));
              } catch (NoSuchFileException e) {
                return -1L;
              }
            });
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < checked.size(); i++) {
      long bytes = sizes.get(i);
      long kb = (bytes + 1023) / 1024;
      if (bytes >= 0 && kb > maxKb) {
        String file = checked.get(i);
        findings.add(new Finding(file, 0, file + " (" + kb + " KB) exceeds " + maxKb + " KB."));
      }
    }
    return Findings.result(findings);
  }

  /**
   * The candidates whose {@code filter} attribute is {@code lfs}. Paths go as arguments, in
   * argv-sized groups: writing them all to {@code --stdin} before reading would stall once git's
   * answer fills the pipe.
   */
  private static Set<String> lfsFiles(CheckContext context, Set<String> candidates) {
    Set<String> lfs = new HashSet<>();
    for (List<String> chunk : PathChunks.of(List.copyOf(candidates))) {
      List<String> fields =
          GitCommands.splitZ(
              GitCommands.output(
                  context.git(),
                  GitCommands.withPaths(
                      List.of("check-attr", "filter", "-z"), context.repoPaths(chunk))));
      for (int i = 0; i + 2 < fields.size(); i += 3) {
        if (fields.get(i + 2).equals("lfs")) {
          lfs.add(context.projectPath(fields.get(i)));
        }
      }
    }
    return lfs;
  }
}
