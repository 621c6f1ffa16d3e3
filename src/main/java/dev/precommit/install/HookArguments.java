package dev.precommit.install;

import dev.precommit.config.Stage;
import dev.precommit.git.GitException;
import dev.precommit.git.GitRepo;
import dev.precommit.process.ProcessResult;
import dev.precommit.run.RunOptions;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns what git hands a hook (its arguments, and for pre-push the ref lines on stdin) into the
 * options of a run, as pre-commit does: the commit message file for commit-msg, the pushed range
 * for pre-push, {@code PRE_COMMIT_*} variables for the post-* hooks. Each hook type expects a fixed
 * number of arguments; anything else is a broken installation and is reported as such.
 */
public final class HookArguments {
  private static final String NO_SHA = "0".repeat(40);

  private HookArguments() {}

  /** pre-commit's complaint when git passed the wrong number of arguments, or empty. */
  public static Optional<String> countError(Stage type, List<String> args) {
    int n = args.size();
    String expected =
        switch (type) {
          case PREPARE_COMMIT_MSG -> n >= 1 && n <= 3 ? null : "1, 2, or 3 arguments";
          case PRE_REBASE -> n >= 1 && n <= 2 ? null : "1 or 2 arguments";
          case COMMIT_MSG, POST_MERGE, POST_REWRITE -> n == 1 ? null : "1 argument";
          case POST_CHECKOUT -> n == 3 ? null : "3 arguments";
          case PRE_PUSH -> n == 2 ? null : "2 arguments";
          case PRE_COMMIT, PRE_MERGE_COMMIT, POST_COMMIT -> n == 0 ? null : "0 arguments";
          case MANUAL -> throw new IllegalArgumentException("manual is not a git hook");
        };
    if (expected == null) {
      return Optional.empty();
    }
    return Optional.of(
        "hook-impl for "
            + type.id()
            + " expected "
            + expected
            + " but got "
            + n
            + ": "
            + pythonList(args));
  }

  /**
   * The run for one hook call, or empty when there is nothing to check (a push that sends no new
   * commits). Arguments must have passed {@link #countError}.
   *
   * @param stdin what git wrote to the hook's stdin (only pre-push reads it)
   * @param repo the repository, used for pre-push to find the pushed range
   */
  public static Optional<RunOptions> toRunOptions(
      Stage type, List<String> args, byte[] stdin, GitRepo repo, String config) {
    Map<String, String> env = new LinkedHashMap<>();
    return switch (type) {
      case PRE_COMMIT, PRE_MERGE_COMMIT, POST_COMMIT -> Optional.of(options(type, config));
      case COMMIT_MSG -> Optional.of(options(type, config, false, null, null, args.get(0), env));
      case PREPARE_COMMIT_MSG -> {
        if (args.size() >= 2) {
          env.put("PRE_COMMIT_COMMIT_MSG_SOURCE", args.get(1));
        }
        if (args.size() == 3) {
          env.put("PRE_COMMIT_COMMIT_OBJECT_NAME", args.get(2));
        }
        yield Optional.of(options(type, config, false, null, null, args.get(0), env));
      }
      case POST_CHECKOUT -> {
        env.put("PRE_COMMIT_CHECKOUT_TYPE", args.get(2));
        yield Optional.of(options(type, config, false, args.get(0), args.get(1), null, env));
      }
      case POST_MERGE -> {
        env.put("PRE_COMMIT_IS_SQUASH_MERGE", args.get(0));
        yield Optional.of(options(type, config, false, null, null, null, env));
      }
      case POST_REWRITE -> {
        env.put("PRE_COMMIT_REWRITE_COMMAND", args.get(0));
        yield Optional.of(options(type, config, false, null, null, null, env));
      }
      case PRE_REBASE -> {
        if (args.size() == 2) {
          env.put("PRE_COMMIT_PRE_REBASE_UPSTREAM", args.get(0));
          env.put("PRE_COMMIT_PRE_REBASE_BRANCH", args.get(1));
        }
        yield Optional.of(options(type, config, false, null, null, null, env));
      }
      case PRE_PUSH -> prePush(args.get(0), args.get(1), stdin, repo, config);
      case MANUAL -> throw new IllegalArgumentException("manual is not a git hook");
    };
  }

  /**
   * The first ref line that pushes something decides the range: from the remote's commit when we
   * have it, else from the parent of the oldest commit no remote-tracking ref of this remote has,
   * or every file when that commit is a root. Deletions and already-pushed refs are skipped.
   */
  private static Optional<RunOptions> prePush(
      String remoteName, String remoteUrl, byte[] stdin, GitRepo repo, String config) {
    for (String line : new String(stdin, StandardCharsets.UTF_8).split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.strip().split("\\s+");
      if (parts.length < 4) {
        throw new GitException("unexpected line from git on the pre-push hook's stdin: " + line);
      }
      int n = parts.length;
      String localBranch = String.join(" ", List.of(parts).subList(0, n - 3));
      String localSha = parts[n - 3];
      String remoteBranch = parts[n - 2];
      String remoteSha = parts[n - 1];
      if (localSha.equals(NO_SHA)) {
        continue;
      }
      Map<String, String> env = new LinkedHashMap<>();
      env.put("PRE_COMMIT_LOCAL_BRANCH", localBranch);
      env.put("PRE_COMMIT_REMOTE_BRANCH", remoteBranch);
      env.put("PRE_COMMIT_REMOTE_NAME", remoteName);
      env.put("PRE_COMMIT_REMOTE_URL", remoteUrl);
      if (!remoteSha.equals(NO_SHA)
          && repo.run("cat-file", "-e", remoteSha + "^{commit}").succeeded()) {
        return Optional.of(options(Stage.PRE_PUSH, config, false, remoteSha, localSha, null, env));
      }
      List<String> unpushed =
          lines(
              repo,
              "rev-list",
              localSha,
              "--topo-order",
              "--reverse",
              "--not",
              "--remotes=" + remoteName);
      if (unpushed.isEmpty()) {
        continue;
      }
      String first = unpushed.get(0);
      if (lines(repo, "rev-list", "--max-parents=0", localSha).contains(first)) {
        return Optional.of(options(Stage.PRE_PUSH, config, true, null, null, null, env));
      }
      String from = lines(repo, "rev-parse", first + "^").get(0);
      return Optional.of(options(Stage.PRE_PUSH, config, false, from, localSha, null, env));
    }
    return Optional.empty();
  }

  private static List<String> lines(GitRepo repo, String... args) {
    ProcessResult result = repo.run(args);
    if (!result.succeeded()) {
      throw new GitException(
          "git " + String.join(" ", args) + " failed: " + result.errorText().strip());
    }
    return result.outputText().lines().filter(s -> !s.isEmpty()).toList();
  }

  private static RunOptions options(Stage type, String config) {
    return options(type, config, false, null, null, null, Map.of());
  }

  private static RunOptions options(
      Stage type,
      String config,
      boolean allFiles,
      String fromRef,
      String toRef,
      String commitMsgFilename,
      Map<String, String> hookEnv) {
    return new RunOptions(
        null,
        allFiles,
        null,
        fromRef,
        toRef,
        type,
        false,
        false,
        false,
        config,
        commitMsgFilename,
        hookEnv);
  }

  /** A list of strings as Python prints it: {@code ['a', "it's"]}. */
  static String pythonList(List<String> items) {
    return items.stream()
        .map(HookArguments::pythonRepr)
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private static String pythonRepr(String s) {
    char quote = s.contains("'") && !s.contains("\"") ? '"' : '\'';
    StringBuilder b = new StringBuilder().append(quote);
    for (char c : s.toCharArray()) {
      if (c == '\\' || c == quote) {
        b.append('\\').append(c);
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\t') {
        b.append("\\t");
      } else if (c == '\r') {
        b.append("\\r");
      } else {
        b.append(c);
      }
    }
    return b.append(quote).toString();
  }
}
