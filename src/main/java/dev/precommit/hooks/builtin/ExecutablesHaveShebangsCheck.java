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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code check-executables-have-shebangs}: an executable text file without {@code #!} fails when
 * run, usually because the bit was set by accident. Where git does not trust the file system's
 * executable bit ({@code core.fileMode=false}, as on Windows), the mode staged in the index decides
 * which files are executable.
 */
public final class ExecutablesHaveShebangsCheck implements Check {
  private static final ArgumentParser ARGS = new ArgumentParser("check-executables-have-shebangs");

  private static final CheckInfo INFO =
      new CheckInfo(
          "check-executables-have-shebangs",
          "check that executables have shebangs",
          "ensures that (non-binary) executables have a shebang.",
          "",
          "^$",
          List.of("text", "executable"),
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
    return runBatches(context, List.of(files), args);
  }

  /**
   * Each batch is an invocation of the script: its files in the order given, or, where the index
   * decides ({@code core.fileMode=false}), in index order as {@code git ls-files} lists them for
   * that invocation. The index is read once.
   */
  @Override
  public CheckResult runBatches(CheckContext context, List<List<String>> batches, List<String> args)
      throws IOException {
    ArgumentParser.Parsed parsed;
    try {
      parsed = ARGS.parse(args);
    } catch (CheckAbortedException e) {
      return CheckResult.concat(Collections.nCopies(batches.size(), e.toResult()));
    }
    List<List<String>> paths = batches.stream().map(parsed::filenames).toList();
    List<List<String>> executables;
    if (context.git().config("core.fileMode").equals("false")) {
      Set<String> all = new HashSet<>();
      paths.forEach(all::addAll);
      List<String> indexed = new ArrayList<>();
      for (IndexEntry entry : IndexEntry.of(context, all)) {
        if (entry.executable()) {
          indexed.add(entry.path());
        }
      }
      executables = new ArrayList<>();
      for (List<String> batch : paths) {
        Set<String> inBatch = new HashSet<>(batch);
        executables.add(indexed.stream().filter(inBatch::contains).toList());
      }
    } else {
      executables = paths;
    }
    List<String> checked = executables.stream().flatMap(List::stream).toList();
    List<Boolean> shebangs =
        ParallelFiles.map(
            context.jobs(), checked, file -> Shebang.present(context.root().resolve(file)));
    List<CheckResult> results = new ArrayList<>();
    int next = 0;
    for (List<String> batch : executables) {
      StringBuilder out = new StringBuilder();
      List<Finding> findings = new ArrayList<>();
      for (String path : batch) {
        if (!shebangs.get(next++)) {
          String quoted = Shlex.quote(path);
          String headline = path + ": marked executable but has no (or invalid) shebang!";
          findings.add(new Finding(path, 0, headline));
          out.append(headline)
              .append('\n')
              .append("  If it isn't supposed to be executable, try: `chmod -x ")
              .append(quoted)
              .append("`\n")
              .append("  If on Windows, you may also need to: `git add --chmod=-x ")
              .append(quoted)
              .append("`\n")
              .append("  If it is supposed to be executable, double-check its shebang.\n");
        }
      }
      results.add(
          new CheckResult(
              findings.isEmpty() ? 0 : 1,
              out.toString().getBytes(StandardCharsets.UTF_8),
              Set.of(),
              findings));
    }
    return CheckResult.concat(results);
  }
}
