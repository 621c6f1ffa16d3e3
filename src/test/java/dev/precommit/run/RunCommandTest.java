package dev.precommit.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.testing.CliRun;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code precommit run} end to end over real repositories, compared with pre-commit's output. */
class RunCommandTest {
  @TempDir Path dir;

  private TempGitRepo repo(String config) {
    TempGitRepo repo = TempGitRepo.init(dir.resolve("repo"));
    repo.write(".pre-commit-config.yaml", config);
    return repo;
  }

  private static String local(String hooks) {
    String indented = hooks.startsWith("    ") ? hooks : hooks.indent(4);
    return "repos:\n-   repo: local\n    hooks:\n" + indented;
  }

  @Test
  void passingFailingAndSkippedHooksPrintAsPreCommit() {
    TempGitRepo repo =
        repo(
            local(
                """
                -   id: ok
                    name: ok hook
                    entry: "true"
                    language: system
                -   id: failing
                    name: failing hook
                    entry: sh -c 'echo out; echo err >&2; exit 3' --
                    language: system
                    require_serial: true
                -   id: never
                    name: never runs (no files)
                    entry: "true"
                    language: system
                    files: ^nope$
                """));
    repo.write("a.txt", "a\n").stageAll();

    CliRun run = CliRun.in(repo, "run");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(
            "ok hook"
                + ".".repeat(66)
                + "Passed\n"
                + "failing hook"
                + ".".repeat(61)
                + "Failed\n"
                + "- hook id: failing\n"
                + "- exit code: 3\n"
                + "\n"
                + "out\nerr\n"
                + "\n"
                + "never runs (no files)"
                + ".".repeat(32)
                + "(no files to check)Skipped\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void verboseShowsIdDurationAndOutputOfPassingHooks() {
    TempGitRepo repo =
        repo(
            local(
                """
                -   id: echo-args
                    name: echo args
                    entry: echo --hello
                    language: system
                    require_serial: true
                """));
    repo.write("a.txt", "a\n").stageAll();

    CliRun run = CliRun.in(repo, "run", "--verbose");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outWithoutDurations())
        .isEqualTo(
            "echo args"
                + ".".repeat(64)
                + "Passed\n"
                + "- hook id: echo-args\n"
                + "- duration: Ns\n"
                + "\n"
                + "--hello .pre-commit-config.yaml a.txt\n"
                + "\n");
  }

  @Test
  void aHookThatChangesFilesFailsEvenWhenItExitsZero() {
    TempGitRepo repo =
        repo(
            local(
                """
                -   id: fixer
                    name: fixer
                    entry: sh -c 'for f; do printf fixed > "$f"; done' --
                    language: system
                    files: \\.txt$
                """));
    repo.write("a.txt", "a\n").stageAll();

    CliRun run = CliRun.in(repo, "run", "--all-files");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(
            "fixer"
                + ".".repeat(68)
                + "Failed\n"
                + "- hook id: fixer\n"
                + "- files were modified by this hook\n");
    assertThat(repo.read("a.txt")).isEqualTo("fixed");
  }

  @Test
  void skipEnvironmentSkipsByIdOrAlias() {
    TempGitRepo repo =
        repo(
            local(
                """
                -   id: trailing-ws
                    name: Trim Trailing Whitespace (sed)
                    entry: "false"
                    language: system
                -   id: other
                    alias: foo
                    name: ok hook
                    entry: "false"
                    language: system
                """));
    repo.write("a.txt", "a\n").stageAll();
    Map<String, String> env = repo.env();
    env.put("SKIP", " trailing-ws , foo");

    CliRun run = CliRun.in(repo.root(), env, "run");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(
            "Trim Trailing Whitespace (sed)"
                + ".".repeat(42)
                + "Skipped\n"
                + "ok hook"
                + ".".repeat(65)
                + "Skipped\n");
  }

  @Test
  void failFastStopsAfterTheFirstFailureAndLogFileGetsTheOutput() throws Exception {
    TempGitRepo repo =
        repo(
            "fail_fast: true\n"
                + local(
                    """
                    -   id: boom
                        name: boom
                        entry: sh -c 'echo boom; exit 1'
                        language: system
                        log_file: hook.log
                        pass_filenames: false
                    -   id: never
                        name: never
                        entry: "true"
                        language: system
                    """));
    repo.write("a.txt", "a\n").stageAll();

    CliRun run = CliRun.in(repo, "run");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).doesNotContain("never");
    assertThat(run.out()).contains("- exit code: 1\n\nboom\n\n");
    assertThat(Files.readString(repo.path("hook.log"))).isEqualTo("boom\n");
  }

  @Test
  void unknownHookIdSaysSoAndFails() {
    TempGitRepo repo =
        repo(
            local(
                "    -   id: a\n"
                    + "        name: a\n"
                    + "        entry: 'true'\n"
                    + "        language: system\n"));
    repo.stageAll();

    CliRun run = CliRun.in(repo, "run", "nope");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("No hook with id `nope` in stage `pre-commit`\n");
  }

  @Test
  void oneRefWithoutTheOtherIsRejected() {
    TempGitRepo repo =
        repo(
            local(
                "    -   id: a\n"
                    + "        name: a\n"
                    + "        entry: 'true'\n"
                    + "        language: system\n"));
    repo.stageAll();

    CliRun run = CliRun.in(repo, "run", "--from-ref", "HEAD");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("[ERROR] Specify both --from-ref and --to-ref.\n");
  }

  @Test
  void anUnstagedConfigIsRejectedWhenRunningOnStagedFiles() {
    TempGitRepo repo =
        repo(
            local(
                "    -   id: a\n"
                    + "        name: a\n"
                    + "        entry: 'true'\n"
                    + "        language: system\n"));
    repo.stageAll();
    repo.write(".pre-commit-config.yaml", repo.read(".pre-commit-config.yaml") + "\n");

    CliRun run = CliRun.in(repo, "run");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(
            "[ERROR] Your pre-commit configuration is unstaged.\n"
                + "`git add .pre-commit-config.yaml` to fix this.\n");
  }

  @Test
  void filesArgumentAcceptsOddNames() {
    TempGitRepo repo =
        repo(
            local(
                """
                -   id: echo
                    name: echo
                    entry: printf '%s|'
                    language: system
                    require_serial: true
                    verbose: true
                """));
    repo.write("with space.txt", "x").write("-dash.txt", "x").write("ünï.txt", "x").stageAll();

    CliRun run = CliRun.in(repo, "run", "--files", "with space.txt", "-dash.txt", "ünï.txt");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("\nwith space.txt|-dash.txt|ünï.txt|\n");
  }

  @Test
  void outsideARepositoryIsOneClearLine() {
    CliRun run = CliRun.in(dir, TempGitRepo.isolatedEnv(dir), "run");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "An error has occurred: git failed. Is it installed, and are you in a Git repository"
                + " directory?\n");
  }

  @Test
  void noArgumentsMeansRun() {
    TempGitRepo repo =
        repo(
            local(
                "    -   id: a\n"
                    + "        name: a\n"
                    + "        entry: 'true'\n"
                    + "        language: system\n"));
    repo.stageAll();

    CliRun run = CliRun.in(repo);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("a" + ".".repeat(72) + "Passed\n");
  }

  @Test
  void allFilesAndFilesExcludeEachOther() {
    TempGitRepo repo =
        repo(
            local(
                "    -   id: a\n"
                    + "        name: a\n"
                    + "        entry: 'true'\n"
                    + "        language: system\n"));

    CliRun run = CliRun.in(repo, "run", "--all-files", "--files", "x");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("mutually exclusive");
  }

  @Test
  void jobsCapsHowManyBatchesAHookRunsIn() {
    TempGitRepo repo =
        repo(
            local(
                """
                -   id: count
                    name: count
                    entry: sh -c 'echo $#' --
                    language: system
                    verbose: true
                """));
    for (int i = 0; i < 9; i++) {
      repo.write("f" + i + ".txt", "x\n");
    }
    repo.stageAll();

    String one = CliRun.in(repo, "run", "--jobs", "1").out();
    String eight = CliRun.in(repo, "run", "--jobs=8").out();

    assertThat(one).contains("\n\n10\n\n");
    assertThat(eight).contains("\n\n4\n4\n2\n\n");
    assertThat(CliRun.in(repo, "run", "--jobs", "0").exitCode()).isEqualTo(2);
  }

  @Test
  void onACleanTreeAHookThatRewritesAStagedFileStillFails() {
    TempGitRepo repo =
        repo(
            local(
                """
                -   id: fixer
                    name: fixer
                    entry: sh -c 'for f; do printf fixed > "$f"; done' --
                    language: system
                    files: \\.txt$
                """));
    repo.stageAll().commit("init");
    repo.write("a.txt", "a\n").stage("a.txt");

    CliRun run = CliRun.in(repo, "run");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("- files were modified by this hook");
    assertThat(repo.read("a.txt")).isEqualTo("fixed");
  }

  @Test
  void intentToAddFilesAreStillSetAsideOnTheStagedPath() {
    TempGitRepo repo =
        repo(
            local(
                """
                -   id: ok
                    name: ok
                    entry: "true"
                    language: system
                """));
    repo.write("a.txt", "a\n").stageAll().commit("init");
    repo.write("b.txt", "b\n").git("add", "--intent-to-add", "b.txt");
    repo.write("a.txt", "a2\n").stage("a.txt");

    CliRun run = CliRun.in(repo, "run");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("[WARNING] Unstaged intent-to-add files detected.");
    assertThat(repo.git("diff", "--name-only")).isEqualTo("b.txt\n");
  }
}
