package dev.precommit.hooks.builtin;

import dev.precommit.config.Stage;
import dev.precommit.hooks.ArgumentParser;
import dev.precommit.hooks.Check;
import dev.precommit.hooks.CheckAbortedException;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckInfo;
import dev.precommit.hooks.CheckResult;
import dev.precommit.hooks.Finding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code forbid-new-submodules}: {@code git add .} in a tree that holds a nested repository adds it
 * as a submodule, rarely on purpose. Reports paths the commit adds with git's submodule mode {@code
 * 160000}; on {@code pre-push} (and {@code run --from-ref/--to-ref}) it looks at the pushed range,
 * {@code PRE_COMMIT_FROM_REF...PRE_COMMIT_TO_REF}, instead of the index.
 */
public final class ForbidNewSubmodulesCheck implements Check {
  private static final ArgumentParser ARGS = new ArgumentParser("forbid-new-submodules");
  private static final String SUBMODULE_MODE = "160000";

  private static final CheckInfo INFO =
      new CheckInfo(
          "forbid-new-submodules",
          "forbid new submodules",
          "prevents addition of new git submodules.",
          "",
          "^$",
          List.of("directory"),
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
   * Each batch is an invocation of the script, which prints its own block for the submodules among
   * its files, in {@code git diff} order. git is asked once for all the files.
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
    Map<String, String> env = context.environment();
    String range =
        env.containsKey("PRE_COMMIT_FROM_REF") && env.containsKey("PRE_COMMIT_TO_REF")
            ? env.get("PRE_COMMIT_FROM_REF") + "..." + env.get("PRE_COMMIT_TO_REF")
            : "--staged";
    List<String> diff = List.of("diff", "--diff-filter=A", "--raw", "--no-ext-diff", "-z", range);
    List<List<String>> perBatch = batches.stream().map(parsed::filenames).toList();
    List<String> paths = perBatch.stream().flatMap(List::stream).distinct().toList();
    boolean anyEmpty = perBatch.stream().anyMatch(List::isEmpty);
    List<String> added = new ArrayList<>();
    // An invocation without files diffs the whole tree; one with files only those.
    List<List<String>> chunks = anyEmpty ? List.of(List.of()) : PathChunks.of(paths);
    for (List<String> chunk : chunks) {
      List<String> fields =
          GitCommands.splitZ(
              GitCommands.output(
                  context.git(), GitCommands.withPaths(diff, context.repoPaths(chunk))));
      // -z --raw: ":000000 160000 <old> <new> A" then the path, as separate fields.
      for (int i = 0; i + 1 < fields.size(); i += 2) {
        String[] metadata = fields.get(i).split(" ");
        String path = context.projectPath(fields.get(i + 1));
        if (metadata.length > 1 && metadata[1].equals(SUBMODULE_MODE) && path != null) {
          added.add(path);
        }
      }
    }
    List<CheckResult> results = new ArrayList<>();
    for (List<String> batch : perBatch) {
      Set<String> inBatch = new HashSet<>(batch);
      results.add(
          report(batch.isEmpty() ? added : added.stream().filter(inBatch::contains).toList()));
    }
    return CheckResult.concat(results);
  }

  /** What one invocation prints about {@code added}, the submodules it found. */
  private static CheckResult report(List<String> added) {
    if (added.isEmpty()) {
      return new CheckResult(0, new byte[0], Set.of());
    }
    StringBuilder out = new StringBuilder();
    List<Finding> findings = new ArrayList<>();
    for (String path : added) {
      String line = path + ": new submodule introduced";
      findings.add(new Finding(path, 0, line));
      out.append(line).append('\n');
    }
    out.append('\n')
        .append("This commit introduces new submodules.\n")
        .append("Did you unintentionally `git add .`?\n")
        .append("To fix: git rm {thesubmodule}  # no trailing slash\n")
        .append("Also check .gitmodules\n");
    return new CheckResult(1, out.toString().getBytes(StandardCharsets.UTF_8), Set.of(), findings);
  }
}
