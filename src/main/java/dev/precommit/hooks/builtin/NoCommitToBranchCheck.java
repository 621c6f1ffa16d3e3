package dev.precommit.hooks.builtin;

import dev.precommit.config.PythonRepr;
import dev.precommit.config.Stage;
import dev.precommit.hooks.ArgumentParser;
import dev.precommit.hooks.Check;
import dev.precommit.hooks.CheckAbortedException;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckInfo;
import dev.precommit.hooks.CheckResult;
import dev.precommit.process.ProcessResult;
import dev.precommit.select.PythonRegex;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * {@code no-commit-to-branch}: protected branches take changes through reviews, not local commits.
 * Fails, silently as the Python script does, when HEAD is a branch named by {@code -b/--branch}
 * (default {@code main} and {@code master}) or matched from its start by a {@code -p/--pattern}
 * regex. A detached HEAD is on no branch and passes.
 */
public final class NoCommitToBranchCheck implements Check {
  private static final ArgumentParser ARGS =
      ArgumentParser.optionsOnly("no-commit-to-branch")
          .append("branch", List.of(), "-b", "--branch")
          .append("pattern", List.of(), "-p", "--pattern");

  private static final CheckInfo INFO =
      new CheckInfo(
          "no-commit-to-branch",
          "don't commit to branch",
          "",
          "",
          "^$",
          List.of("file"),
          List.of(),
          List.of(),
          List.of(Stage.values()),
          false,
          true,
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
    List<String> branches = parsed.list("branch");
    Set<String> protectedBranches =
        branches.isEmpty() ? Set.of("main", "master") : Set.copyOf(branches);
    ProcessResult head = context.git().run("symbolic-ref", "HEAD");
    if (!head.succeeded()) {
      return new CheckResult(0, new byte[0], Set.of());
    }
    String[] chunks = head.outputText().strip().split("/", -1);
    String branch =
        String.join("/", List.of(chunks).subList(Math.min(2, chunks.length), chunks.length));
    boolean onProtected = protectedBranches.contains(branch);
    for (String pattern : parsed.list("pattern")) {
      try {
        onProtected |= PythonRegex.compile(pattern).matcher(branch).lookingAt();
      } catch (PatternSyntaxException e) {
        return new CheckResult(
            1,
            ("no-commit-to-branch: invalid --pattern "
                    + PythonRepr.string(pattern)
                    + ": "
                    + e.getDescription()
                    + "\n")
                .getBytes(StandardCharsets.UTF_8),
            Set.of());
      }
    }
    return new CheckResult(onProtected ? 1 : 0, new byte[0], Set.of());
  }
}
