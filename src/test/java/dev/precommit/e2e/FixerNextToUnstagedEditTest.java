package dev.precommit.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import dev.precommit.testing.EngineLauncher;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fixer's change to the staged content two lines from an unstaged edit, through real {@code git
 * commit}s. pre-commit applies the saved patch on top of the fixed file, which conflicts (the
 * patch's context lines no longer match) and rolls the fix back, so the next commit fails the same
 * way. precommit fixes the staged content and the user's content separately when the fixer is built
 * in; an external hook keeps pre-commit's rollback.
 */
class FixerNextToUnstagedEditTest {
  private static final String HEAD = "one\ntwo\nthree\nfour\nfive\nsix\nseven\n";
  private static final String STAGED = "one\ntwo\nthree   \nfour\nfive\nsix\nseven\n";
  private static final String UNSTAGED = "one\ntwo\nthree   \nfour\nfive edited  \nsix\nseven\n";

  @TempDir Path dir;
  private TempGitRepo repo;
  private Path launcher;
  private Map<String, String> env;

  @BeforeEach
  void setUp() {
    launcher = EngineLauncher.write(dir.resolve("bin"));
    repo = TempGitRepo.init(dir.resolve("repo"));
    env = repo.env();
    env.put("PATH", launcher.getParent() + ":" + env.get("PATH"));
  }

  private void configure(String config) throws Exception {
    repo.write(".pre-commit-config.yaml", config).write("a.txt", HEAD).stageAll().commit("init");
    ProcessResult install = run(List.of(launcher.toString(), "install"));
    assertThat(install.exitCode()).as(install.outputText()).isZero();
    repo.write("a.txt", STAGED).stage("a.txt");
    repo.write("a.txt", UNSTAGED);
  }

  private ProcessResult run(List<String> command) throws Exception {
    return ProcessRunner.merged(env).run(command, repo.root());
  }

  private ProcessResult commit(String message) throws Exception {
    return run(List.of("git", "commit", "-q", "-m", message));
  }

  @Test
  void aBuiltinFixNextToAnUnstagedEditIsKeptAndTheNextCommitGoesThrough() throws Exception {
    configure(
        """
        repos:
        -   repo: https://github.com/pre-commit/pre-commit-hooks
            rev: v5.0.0
            hooks:
            -   id: trailing-whitespace
        """);
    String stagedBlob = repo.git("rev-parse", ":a.txt");

    ProcessResult first = commit("first");

    assertThat(first.exitCode()).as(first.outputText()).isEqualTo(1);
    assertThat(first.outputText())
        .contains("[WARNING] Unstaged files detected.\n")
        .contains(
            "trim trailing whitespace"
                + ".".repeat(49)
                + "Failed\n"
                + "- hook id: trailing-whitespace\n"
                + "- exit code: 1\n"
                + "- files were modified by this hook\n"
                + "\n"
                + "Fixing a.txt\n")
        .contains("[INFO] Restored changes from ")
        .doesNotContain("conflicted")
        .doesNotContain("Rolling back");
    assertThat(repo.git("rev-parse", ":a.txt")).as("the index is untouched").isEqualTo(stagedBlob);
    assertThat(repo.read("a.txt"))
        .as("the fixed staged content with the unstaged edit on top, fixed too")
        .isEqualTo("one\ntwo\nthree\nfour\nfive edited\nsix\nseven\n");
    assertThat(repo.git("log", "--format=%s")).isEqualTo("init\n");

    repo.stage("a.txt");
    ProcessResult second = commit("second");

    assertThat(second.exitCode()).as(second.outputText()).isZero();
    assertThat(second.outputText())
        .isEqualTo("trim trailing whitespace" + ".".repeat(49) + "Passed\n");
    assertThat(repo.git("show", "HEAD:a.txt"))
        .isEqualTo("one\ntwo\nthree\nfour\nfive edited\nsix\nseven\n");
  }

  @Test
  void anExternalFixNextToAnUnstagedEditIsRolledBackAsPreCommitDoes() throws Exception {
    configure(
        """
        repos:
        -   repo: local
            hooks:
            -   id: strip
                name: strip
                entry: sed -i -e 's/[[:space:]]*$//'
                language: system
                files: ^a\\.txt$
        """);
    String stagedBlob = repo.git("rev-parse", ":a.txt");

    ProcessResult first = commit("first");

    assertThat(first.exitCode()).as(first.outputText()).isEqualTo(1);
    assertThat(first.outputText())
        .contains("strip" + ".".repeat(68) + "Failed\n- hook id: strip\n")
        .contains("- files were modified by this hook\n")
        .contains(
            "[WARNING] Stashed changes conflicted with hook auto-fixes... Rolling back fixes...\n");
    assertThat(repo.git("rev-parse", ":a.txt")).isEqualTo(stagedBlob);
    assertThat(repo.read("a.txt")).as("the user's lines win").isEqualTo(UNSTAGED);
  }
}
