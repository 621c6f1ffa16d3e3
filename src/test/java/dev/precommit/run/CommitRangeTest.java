package dev.precommit.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.testing.CliRun;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --last-commit} and {@code --since BRANCH} over real histories. */
class CommitRangeTest {
  private static final String CONFIG =
      """
      repos:
      -   repo: local
          hooks:
          -   id: show
              name: show files
              entry: "sh -c 'echo \\"from=$PRE_COMMIT_FROM_REF\\"; echo \\"$@\\"' --"
              language: system
              require_serial: true
              verbose: true
      """;

  @TempDir Path dir;

  private TempGitRepo repo() {
    TempGitRepo repo = TempGitRepo.init(dir.resolve("repo"));
    repo.write(".pre-commit-config.yaml", CONFIG).write("a.txt", "a\n").stageAll().commit("first");
    return repo;
  }

  private static String shown(String from, String files) {
    return "show files"
        + ".".repeat(63)
        + "Passed\n"
        + "- hook id: show\n"
        + "- duration: Ns\n"
        + "\n"
        + "from="
        + from
        + "\n"
        + files
        + "\n"
        + "\n";
  }

  @Test
  void lastCommitOnTheFirstCommitDiffsAgainstTheEmptyTree() {
    TempGitRepo repo = repo();

    CliRun run = CliRun.in(repo, "run", "--last-commit");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.outWithoutDurations())
        .isEqualTo(shown(CommitRange.EMPTY_TREE, ".pre-commit-config.yaml a.txt"));
  }

  @Test
  void lastCommitTakesOnlyTheFilesOfHead() {
    TempGitRepo repo = repo();
    repo.write("b.txt", "b\n").write("c.txt", "c\n").stageAll().commit("second");
    String parent = repo.git("rev-parse", "HEAD^").strip();

    CliRun run = CliRun.in(repo, "run", "--last-commit");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.outWithoutDurations()).isEqualTo(shown(parent, "b.txt c.txt"));
  }

  @Test
  void lastCommitWithoutAnyCommitIsOneError() {
    TempGitRepo repo = TempGitRepo.init(dir.resolve("empty"));
    repo.write(".pre-commit-config.yaml", CONFIG).stageAll();

    CliRun run = CliRun.in(repo, "run", "--last-commit");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "An error has occurred: --last-commit needs a commit, and this repository has none"
                + " yet\n");
  }

  @Test
  void sinceTakesTheFilesChangedSinceTheMergeBase() {
    TempGitRepo repo = repo();
    String base = repo.git("rev-parse", "HEAD").strip();
    repo.git("checkout", "-q", "-b", "feature");
    repo.write("feature.txt", "f\n").stageAll().commit("feature work");
    repo.write("more.txt", "m\n").stageAll().commit("more feature work");
    repo.git("checkout", "-q", "main");
    repo.write("main-only.txt", "x\n").stageAll().commit("main moved on");
    repo.git("checkout", "-q", "feature");

    CliRun run = CliRun.in(repo, "run", "--since", "main");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.outWithoutDurations()).isEqualTo(shown(base, "feature.txt more.txt"));
  }

  @Test
  void sinceAnUnknownBranchSaysToFetchIt() {
    TempGitRepo repo = repo();

    CliRun run = CliRun.in(repo, "run", "--since", "origin/main");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "An error has occurred: --since `origin/main`: no such branch or commit here; fetch it"
                + " first (`git fetch origin` and pass `origin/<branch>`)\n");
  }

  @Test
  void sinceWithUnrelatedHistorySaysToFetchMore() {
    TempGitRepo repo = repo();
    repo.git("checkout", "-q", "--orphan", "other");
    repo.write("o.txt", "o\n").stageAll().commit("unrelated");

    CliRun run = CliRun.in(repo, "run", "--since", "main");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("An error has occurred: --since `main`: no common ancestor");
  }

  @Test
  void rangeOptionsExcludeOtherFileChoices() {
    TempGitRepo repo = repo();

    CliRun both = CliRun.in(repo, "run", "--last-commit", "--since", "main");
    CliRun refs = CliRun.in(repo, "run", "--since", "main", "--from-ref", "HEAD");
    CliRun all = CliRun.in(repo, "run", "--last-commit", "--all-files");

    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err())
        .isEqualTo("An error has occurred: --last-commit and --since cannot be used together\n");
    assertThat(refs.exitCode()).isEqualTo(2);
    assertThat(refs.err())
        .isEqualTo("An error has occurred: --since cannot be used with --from-ref/--to-ref\n");
    assertThat(all.exitCode()).isEqualTo(2);
    assertThat(all.err())
        .isEqualTo(
            "An error has occurred: --last-commit cannot be used with --all-files or --files\n");
  }
}
