package dev.precommit.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.testing.CliRun;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --show-diff-on-failure} prints pre-commit's message and the working tree's diff after a
 * failed run (reference §1.3 and §6.1): the three CI lines only with {@code --all-files}.
 */
class ShowDiffOnFailureTest {
  private static final String CONFIG =
      """
      repos:
      -   repo: local
          hooks:
          -   id: fixer
              name: fixer
              entry: "sh -c 'for f; do echo fixed >> \\"$f\\"; done' --"
              language: system
              files: \\.txt$
      """;

  @TempDir Path dir;

  private TempGitRepo repo() {
    TempGitRepo repo = TempGitRepo.init(dir.resolve("repo"));
    repo.write(".pre-commit-config.yaml", CONFIG).write("a.txt", "a\n").stageAll().commit("init");
    return repo;
  }

  private static String expected(TempGitRepo repo, String preamble) {
    String before = repo.git("rev-parse", "--short", "HEAD:a.txt").strip();
    String after = repo.git("hash-object", "a.txt").strip().substring(0, before.length());
    return "fixer"
        + ".".repeat(68)
        + "Failed\n"
        + "- hook id: fixer\n"
        + "- files were modified by this hook\n"
        + preamble
        + "All changes made by hooks:\n"
        + "diff --git a/a.txt b/a.txt\n"
        + "index "
        + before
        + ".."
        + after
        + " 100644\n"
        + "--- a/a.txt\n"
        + "+++ b/a.txt\n"
        + "@@ -1 +1,2 @@\n"
        + " a\n"
        + "+fixed\n";
  }

  @Test
  void withAllFilesTheCiHintComesFirst() {
    TempGitRepo repo = repo();

    CliRun run = CliRun.in(repo, "run", "--all-files", "--show-diff-on-failure");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(
            expected(
                repo,
                "pre-commit hook(s) made changes.\n"
                    + "If you are seeing this message in CI, reproduce locally with: `precommit"
                    + " run --all-files`.\n"
                    + "To run `precommit` as part of git workflow, use `precommit install`.\n"));
  }

  @Test
  void withFilesOnlyTheDiff() {
    TempGitRepo repo = repo();

    CliRun run = CliRun.in(repo, "run", "--files", "a.txt", "--show-diff-on-failure");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEqualTo(expected(repo, ""));
  }

  @Test
  void withColourTheDiffIsColoured() {
    TempGitRepo repo = repo();

    CliRun run =
        CliRun.in(repo, "run", "--all-files", "--show-diff-on-failure", "--color", "always");

    assertThat(run.out()).contains("All changes made by hooks:\n\u001b[1mdiff --git a/a.txt");
  }

  @Test
  void nothingWhenHooksPass() {
    TempGitRepo repo = repo();

    CliRun run = CliRun.in(repo, "run", "--files", "none.md", "--show-diff-on-failure");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("fixer" + ".".repeat(48) + "(no files to check)Skipped\n");
  }
}
