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

/** {@code precommit install}, then real {@code git commit}s through the installed hook. */
class CommitEndToEndTest {
  @TempDir Path dir;
  private TempGitRepo repo;
  private Path launcher;
  private Map<String, String> env;

  @BeforeEach
  void setUp() throws Exception {
    launcher = EngineLauncher.write(dir.resolve("bin"));
    repo = TempGitRepo.init(dir.resolve("repo"));
    env = repo.env();
    env.put("PATH", launcher.getParent() + ":" + env.get("PATH"));
    repo.write(
        ".pre-commit-config.yaml",
        """
        repos:
        -   repo: local
            hooks:
            -   id: no-todo
                name: no TODO
                entry: TODO
                language: pygrep
                exclude: ^\\.pre-commit-config\\.yaml$
            -   id: no-big
                name: no files named big
                entry: files named big are not allowed
                language: fail
                files: ^big
        """);
    repo.stageAll().commit("config");
    ProcessResult install = run(List.of(launcher.toString(), "install"));
    assertThat(install.outputText()).isEqualTo("pre-commit installed at .git/hooks/pre-commit\n");
  }

  private ProcessResult run(List<String> command) throws Exception {
    return ProcessRunner.merged(env).run(command, repo.root());
  }

  private ProcessResult commit(String message) throws Exception {
    return run(List.of("git", "commit", "-q", "-m", message));
  }

  @Test
  void aBadCommitIsBlockedWithPreCommitsOutput() throws Exception {
    repo.write("a.txt", "a TODO here\n").stage("a.txt");

    ProcessResult commit = commit("bad");

    assertThat(commit.exitCode()).isEqualTo(1);
    assertThat(commit.outputText())
        .isEqualTo(
            "no TODO"
                + ".".repeat(66)
                + "Failed\n"
                + "- hook id: no-todo\n"
                + "- exit code: 1\n"
                + "\n"
                + "a.txt:1:a TODO here\n"
                + "\n"
                + "no files named big"
                + ".".repeat(35)
                + "(no files to check)Skipped\n");
    assertThat(repo.git("log", "--format=%s")).isEqualTo("config\n");
  }

  @Test
  void aGoodCommitGoesThrough() throws Exception {
    repo.write("a.txt", "fine\n").stage("a.txt");

    ProcessResult commit = commit("good");

    assertThat(commit.exitCode()).as(commit.outputText()).isZero();
    assertThat(commit.outputText())
        .isEqualTo(
            "no TODO"
                + ".".repeat(66)
                + "Passed\n"
                + "no files named big"
                + ".".repeat(35)
                + "(no files to check)Skipped\n");
    assertThat(repo.git("log", "--format=%s")).isEqualTo("good\nconfig\n");
  }

  @Test
  void noVerifySkipsTheHooks() throws Exception {
    repo.write("big.txt", "TODO\n").stage("big.txt");

    ProcessResult commit = run(List.of("git", "commit", "-q", "--no-verify", "-m", "skip"));

    assertThat(commit.exitCode()).isZero();
    assertThat(commit.outputText()).isEmpty();
  }

  @Test
  void skipAndPrecommitZeroWork() throws Exception {
    repo.write("big.txt", "x\n").stage("big.txt");
    env.put("SKIP", "no-big");

    ProcessResult commit = commit("skipped");

    assertThat(commit.exitCode()).isZero();
    assertThat(commit.outputText()).contains("no files named big" + ".".repeat(54) + "Skipped\n");

    env.remove("SKIP");
    env.put("PRECOMMIT", "0");
    repo.write("big2.txt", "x\n").stage("big2.txt");
    assertThat(commit("off").outputText()).isEmpty();
  }
}
