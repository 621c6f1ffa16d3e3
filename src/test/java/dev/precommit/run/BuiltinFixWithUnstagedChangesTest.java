package dev.precommit.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.testing.CliRun;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code precommit run} on staged files with unstaged edits near the lines built-in fixers fix: the
 * fixes reach the stash (fused passes, priority groups, google-java-format), and how they mix with
 * external hooks and with fixers that cannot fix the user's content.
 */
class BuiltinFixWithUnstagedChangesTest {
  @TempDir Path dir;

  private TempGitRepo partiallyStaged(
      String config, String file, String head, String staged, String unstaged) {
    TempGitRepo repo = TempGitRepo.init(dir.resolve("repo"));
    repo.write(".pre-commit-config.yaml", config).write(file, head).stageAll().commit("init");
    repo.write(file, staged).stage(file);
    repo.write(file, unstaged);
    return repo;
  }

  private static final String HEAD = "one\ntwo\nthree\nfour\nfive\nsix\nseven\n";

  @Test
  void fusedFixersFixTheUsersContentWithEveryStepThatChangedTheStagedContent() {
    TempGitRepo repo =
        partiallyStaged(
            """
            repos:
            -   repo: builtin
                hooks:
                -   id: trailing-whitespace
                -   id: end-of-file-fixer
                -   id: mixed-line-ending
            """,
            "a.txt",
            HEAD,
            "one\ntwo\nthree   \nfour\nfive\nsix\nseven",
            "one\ntwo\nthree   \nfour\nfive edited  \nsix\nseven");
    String blob = repo.git("rev-parse", ":a.txt");

    CliRun run = CliRun.in(repo, "run");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out())
        .contains("- hook id: trailing-whitespace\n- exit code: 1\n- files were modified")
        .contains("- hook id: end-of-file-fixer\n- exit code: 1\n- files were modified")
        .doesNotContain("Rolling back");
    assertThat(repo.read("a.txt")).isEqualTo("one\ntwo\nthree\nfour\nfive edited\nsix\nseven\n");
    assertThat(repo.git("rev-parse", ":a.txt")).isEqualTo(blob);
  }

  @Test
  void anExternalHookThatChangesTheFileAfterTheBuiltinKeepsPreCommitsRollback() {
    TempGitRepo repo =
        partiallyStaged(
            """
            repos:
            -   repo: builtin
                hooks:
                -   id: trailing-whitespace
            -   repo: local
                hooks:
                -   id: shout
                    name: shout
                    entry: sed -i -e s/four/FOUR/
                    language: system
                    files: ^a\\.txt$
            """,
            "a.txt",
            HEAD,
            "one\ntwo\nthree   \nfour\nfive\nsix\nseven\n",
            "one\ntwo\nthree   \nfour\nfive edited  \nsix\nseven\n");

    CliRun run = CliRun.in(repo, "run");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("- hook id: shout\n- files were modified by this hook\n")
        .contains("Stashed changes conflicted with hook auto-fixes... Rolling back fixes...");
    assertThat(repo.read("a.txt"))
        .isEqualTo("one\ntwo\nthree   \nfour\nfive edited  \nsix\nseven\n");
  }

  @Test
  void aBuiltinInAPriorityGroupReachesTheStashToo() {
    TempGitRepo repo =
        partiallyStaged(
            """
            repos:
            -   repo: builtin
                hooks:
                -   id: trailing-whitespace
                    priority: 1
                -   id: check-yaml
                    priority: 1
            -   repo: local
                hooks:
                -   id: other
                    name: other
                    entry: "true"
                    language: system
                    priority: 1
            """,
            "a.txt",
            HEAD,
            "one\ntwo\nthree   \nfour\nfive\nsix\nseven\n",
            "one\ntwo\nthree   \nfour\nfive edited  \nsix\nseven\n");

    CliRun run = CliRun.in(repo, "run");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).doesNotContain("Rolling back");
    assertThat(repo.read("a.txt")).isEqualTo("one\ntwo\nthree\nfour\nfive edited\nsix\nseven\n");
  }

  @Test
  void googleJavaFormatFixesTheUsersContentToo() {
    String head = "class A {\n  int a;\n  int b;\n  int c;\n}\n";
    TempGitRepo repo =
        partiallyStaged(
            """
            repos:
            -   repo: builtin
                hooks:
                -   id: google-java-format
            """,
            "A.java",
            head,
            "class A {\n  int    a;\n  int b;\n  int c;\n}\n",
            "class A {\n  int    a;\n  int b;\n  int   c2;\n}\n");
    String blob = repo.git("rev-parse", ":A.java");

    CliRun run = CliRun.in(repo, "run");

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out()).contains("Formatted A.java").doesNotContain("Rolling back");
    assertThat(repo.read("A.java")).isEqualTo("class A {\n  int a;\n  int b;\n  int c2;\n}\n");
    assertThat(repo.git("rev-parse", ":A.java")).isEqualTo(blob);
  }

  @Test
  void aFixerThatCannotFixTheUsersContentKeepsPreCommitsRule() {
    // The staged JSON is valid and gets formatted; the user's unstaged version is not JSON, so
    // pretty-format-json cannot fix it: the patch goes on top of the fix, and collides.
    TempGitRepo repo =
        partiallyStaged(
            """
            repos:
            -   repo: builtin
                hooks:
                -   id: pretty-format-json
                    args: [--autofix]
            """,
            "a.json",
            "{}\n",
            "{\"a\": 1}\n",
            "{\"a\": 1,\n");

    CliRun run = CliRun.in(repo, "run");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("Rolling back fixes...");
    assertThat(repo.read("a.json")).isEqualTo("{\"a\": 1,\n");
  }
}
