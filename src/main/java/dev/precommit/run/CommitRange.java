package dev.precommit.run;

import dev.precommit.FatalException;
import dev.precommit.git.GitRepo;
import dev.precommit.process.ProcessResult;

/**
 * The {@code --from-ref}/{@code --to-ref} pair behind {@code --last-commit} and {@code --since}: CI
 * shorthands that pick the files of one commit or of a pull request.
 */
public record CommitRange(String fromRef, String toRef) {
  /** git's empty tree: the "parent" of a repository's first commit. */
  public static final String EMPTY_TREE = GitRepo.EMPTY_TREE;

  /** The files HEAD's commit changed: its first parent (or the empty tree) to HEAD. */
  public static CommitRange lastCommit(GitRepo git) {
    String head =
        revParse(git, "HEAD")
            .orElseThrow(
                () ->
                    new FatalException(
                        "--last-commit needs a commit, and this repository has none yet"));
    String parent = revParse(git, "HEAD^").orElse(EMPTY_TREE);
    return new CommitRange(parent, head);
  }

  /** The files changed on HEAD since it forked from {@code branch}: the merge base to HEAD. */
  public static CommitRange since(GitRepo git, String branch) {
    if (branch.isEmpty() || branch.startsWith("-")) {
      throw new FatalException("--since needs a branch name, got `" + branch + "`");
    }
    String head =
        revParse(git, "HEAD")
            .orElseThrow(
                () ->
                    new FatalException("--since needs a commit, and this repository has none yet"));
    if (revParse(git, branch).isEmpty()) {
      throw new FatalException(
          "--since `"
              + branch
              + "`: no such branch or commit here; fetch it first (`git fetch"
              + " origin` and pass `origin/<branch>`)");
    }
    ProcessResult base = git.run("merge-base", branch, head);
    if (!base.succeeded() || base.outputText().isBlank()) {
      throw new FatalException(
          "--since `"
              + branch
              + "`: no common ancestor with HEAD; in a shallow clone fetch more"
              + " history (`git fetch --unshallow`, or `fetch-depth: 0` with actions/checkout)");
    }
    return new CommitRange(base.outputText().strip(), head);
  }

  private static java.util.Optional<String> revParse(GitRepo git, String rev) {
    ProcessResult result = git.run("rev-parse", "--verify", "-q", rev + "^{commit}");
    return result.succeeded()
        ? java.util.Optional.of(result.outputText().strip())
        : java.util.Optional.empty();
  }
}
