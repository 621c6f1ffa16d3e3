package dev.precommit.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.testing.CliRun;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * prek's {@code priority}: hooks with the same priority run at the same time, lower first, printed
 * in config order. Concurrency is shown without timing: two hooks that wait for each other's marker
 * file can only both pass when they run at the same time, and a hook that must run after another
 * checks that the other's "done" marker exists when it starts.
 */
class PriorityGroupsTest {
  @TempDir Path dir;

  private TempGitRepo repo(String hooks) {
    TempGitRepo repo = TempGitRepo.init(dir.resolve("repo"));
    repo.write(
        ".pre-commit-config.yaml", "repos:\n-   repo: local\n    hooks:\n" + hooks.indent(4));
    repo.write("a.txt", "a\n").write("b.md", "b\n").stageAll().commit("init");
    return repo;
  }

  /** Marks {@code name} then waits (at most 30 s) for {@code other}'s mark. */
  private String meet(String name, String other) {
    Path flags = dir.resolve("flags");
    return "sh -c 'mkdir -p "
        + flags
        + "; touch "
        + flags.resolve(name)
        + "; i=0; while [ ! -f "
        + flags.resolve(other)
        + " ]; do i=$((i+1)); [ $i -gt 300 ] && exit 7; sleep 0.1; done' --";
  }

  /** Sleeps, then marks {@code name} done. */
  private String slow(String name) {
    Path flags = dir.resolve("flags");
    return "sh -c 'mkdir -p "
        + flags
        + "; sleep 0.5; touch "
        + flags.resolve(name + ".done")
        + "' --";
  }

  /** Fails unless {@code name} ran to its end before this hook started. */
  private String after(String name) {
    return "sh -c 'test -f " + dir.resolve("flags").resolve(name + ".done") + "' --";
  }

  private static String line(String name, String status) {
    return name + ".".repeat(79 - name.length() - status.length()) + status + "\n";
  }

  @Test
  void hooksWithTheSamePriorityRunAtTheSameTimeAndPrintInConfigOrder() {
    TempGitRepo repo =
        repo(
            """
            -   id: first
                name: first
                entry: %s
                language: system
                files: \\.txt$
                priority: 5
            -   id: second
                name: second
                entry: %s
                language: system
                files: \\.md$
                priority: 5
            """
                .formatted(meet("first", "second"), meet("second", "first")));

    CliRun run = CliRun.in(repo, "run", "--all-files");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).isEqualTo(line("first", "Passed") + line("second", "Passed"));
  }

  @Test
  void lowerPrioritiesRunFirstWhateverTheConfigOrder() {
    TempGitRepo repo =
        repo(
            """
            -   id: late
                name: late
                entry: %s
                language: system
                priority: 20
            -   id: early
                name: early
                entry: %s
                language: system
                priority: 10
            """
                .formatted(after("early"), slow("early")));

    CliRun run = CliRun.in(repo, "run", "--all-files");

    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out()).isEqualTo(line("early", "Passed") + line("late", "Passed"));
  }

  @Test
  void hooksThatMayWriteTheSameFilesRunOneAfterTheOther() {
    TempGitRepo repo =
        repo(
            """
            -   id: writer
                name: writer
                entry: %s
                language: system
                priority: 1
            -   id: reader
                name: reader
                entry: %s
                language: system
                priority: 1
            """
                .formatted(slow("writer"), after("writer")));

    CliRun run = CliRun.in(repo, "run", "--all-files");

    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out()).isEqualTo(line("writer", "Passed") + line("reader", "Passed"));
  }

  @Test
  void jobsOneRunsAGroupOneHookAtATime() {
    TempGitRepo repo =
        repo(
            """
            -   id: one
                name: one
                entry: %s
                language: system
                files: \\.txt$
                priority: 1
            -   id: two
                name: two
                entry: %s
                language: system
                files: \\.md$
                priority: 1
            """
                .formatted(slow("one"), after("one")));
    Map<String, String> env = new HashMap<>(repo.env());
    env.put("PRECOMMIT_JOBS", "1");

    CliRun run = CliRun.in(repo.root(), env, "run", "--all-files");

    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(Files.exists(dir.resolve("flags/one.done"))).isTrue();
  }

  @Test
  void failFastLetsTheRunningGroupFinishThenStops() {
    TempGitRepo repo =
        repo(
            """
            -   id: breaks
                name: breaks
                entry: sh -c 'echo broken; exit 1' --
                language: system
                files: \\.txt$
                fail_fast: true
                priority: 1
            -   id: sibling
                name: sibling
                entry: %s
                language: system
                files: \\.md$
                priority: 1
            -   id: later
                name: later
                entry: "true"
                language: system
                priority: 2
            """
                .formatted(slow("sibling")));

    CliRun run = CliRun.in(repo, "run", "--all-files");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(
            line("breaks", "Failed")
                + "- hook id: breaks\n- exit code: 1\n\nbroken\n\n"
                + line("sibling", "Passed"));
    assertThat(Files.exists(dir.resolve("flags/sibling.done"))).isTrue();
  }

  @Test
  void aChangedFileIsPutDownToTheHookThatWasGivenIt() {
    TempGitRepo repo =
        repo(
            """
            -   id: rewrites-txt
                name: rewrites txt
                entry: sh -c 'for f; do echo changed > "$f"; done' --
                language: system
                files: \\.txt$
                priority: 1
            -   id: reads-md
                name: reads md
                entry: cat
                language: system
                files: \\.md$
                priority: 1
            -   id: whitespace
                name: whitespace
                entry: trailing-whitespace
                language: system
                files: ^$
                priority: 1
            """);

    CliRun run = CliRun.in(repo, "run", "--all-files");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(
            line("rewrites txt", "Failed")
                + "- hook id: rewrites-txt\n- files were modified by this hook\n"
                + line("reads md", "Passed")
                + line("whitespace", "(no files to check)Skipped"));
    assertThat(repo.read("a.txt")).isEqualTo("changed\n");
  }

  @Test
  void builtinsInAGroupShareOnePassAndReportTheirOwnFixes() {
    TempGitRepo repo = TempGitRepo.init(dir.resolve("repo"));
    repo.write(
        ".pre-commit-config.yaml",
        """
        repos:
        -   repo: builtin
            hooks:
            -   id: trailing-whitespace
                priority: 3
            -   id: end-of-file-fixer
                priority: 3
            -   id: check-yaml
                priority: 3
        -   repo: local
            hooks:
            -   id: md-reader
                name: md reader
                entry: cat
                language: system
                files: \\.md$
                priority: 3
        """);
    repo.write("a.txt", "a  \nb").write("b.md", "b\n").stageAll().commit("init");

    CliRun run = CliRun.in(repo, "run", "--all-files");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(
            line("trim trailing whitespace", "Failed")
                + "- hook id: trailing-whitespace\n- exit code: 1\n- files were modified by this"
                + " hook\n\nFixing a.txt\n\n"
                + line("fix end of files", "Failed")
                + "- hook id: end-of-file-fixer\n- exit code: 1\n- files were modified by this"
                + " hook\n\nFixing a.txt\n\n"
                + line("check yaml", "Passed")
                + line("md reader", "Passed"));
    assertThat(repo.read("a.txt")).isEqualTo("a\nb\n");
  }

  @Test
  void priorityMustBeAWholeNumber() {
    TempGitRepo repo =
        repo(
            """
            -   id: bad
                name: bad
                entry: "true"
                language: system
                priority: soon
            """);

    CliRun run = CliRun.in(repo, "run", "--all-files");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out() + run.err())
        .contains("==> At Hook(id='bad')\n==> At key: priority\n=====> Expected int got str");
  }

  @Test
  void aNegativePriorityIsRefused() {
    TempGitRepo repo =
        repo(
            """
            -   id: bad
                name: bad
                entry: "true"
                language: system
                priority: -1
            """);

    CliRun run = CliRun.in(repo, "run", "--all-files");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out() + run.err())
        .contains("==> At key: priority\n=====> Expected a whole number from 0 to 2147483647");
  }

  @Test
  void priorityIsAKnownKey() {
    TempGitRepo repo =
        repo(
            """
            -   id: ok
                name: ok
                entry: "true"
                language: system
                priority: 0
            """);

    CliRun run = CliRun.in(repo, "run", "--all-files");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out() + run.err()).doesNotContain("Unexpected key");
  }
}
