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
 * {@code check-shebang-scripts-are-executable}: a script with {@code #!} that is committed without
 * the executable bit cannot be run by whoever checks it out. The bit is read from the index, the
 * mode git will commit, so the check works where the file system has no such bit.
 */
public final class ShebangScriptsAreExecutableCheck implements Check {
  private static final ArgumentParser ARGS =
      new ArgumentParser("check-shebang-scripts-are-executable");

  private static final CheckInfo INFO =
      new CheckInfo(
          "check-shebang-scripts-are-executable",
          "check that scripts with shebangs are executable",
          "ensures that (non-binary) files with a shebang are executable.",
          "",
          "^$",
          List.of("text"),
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
   * Each batch is an invocation of the script, which lists its files with {@code git ls-files}: so
   * each batch's messages come in index order, batch after batch. The index is read once.
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
    Set<String> all = new HashSet<>();
    paths.forEach(all::addAll);
    List<IndexEntry> entries =
        IndexEntry.of(context, all).stream().filter(entry -> !entry.executable()).toList();
    List<Boolean> shebangs =
        ParallelFiles.map(
            context.jobs(),
            entries.stream().map(IndexEntry::path).toList(),
            file -> Shebang.present(context.root().resolve(file)));
    List<CheckResult> results = new ArrayList<>();
    for (List<String> batch : paths) {
      Set<String> inBatch = new HashSet<>(batch);
      StringBuilder out = new StringBuilder();
      List<Finding> findings = new ArrayList<>();
      for (int i = 0; i < entries.size(); i++) {
        String path = entries.get(i).path();
        if (shebangs.get(i) && inBatch.contains(path)) {
          String quoted = Shlex.quote(path);
          String headline = path + ": has a shebang but is not marked executable!";
          findings.add(new Finding(path, 0, headline));
          out.append(headline)
              .append('\n')
              .append("  If it is supposed to be executable, try: `chmod +x ")
              .append(quoted)
              .append("`\n")
              .append("  If on Windows, you may also need to: `git add --chmod=+x ")
              .append(quoted)
              .append("`\n")
              .append("  If it is not supposed to be executable, double-check its shebang ")
              .append("is wanted.\n\n");
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
