package dev.precommit.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import dev.precommit.testing.EngineLauncher;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real {@code git commit}s with a hook repository that cannot be reached: the error says what
 * failed and how to get past it, and hooks that are skipped or not in the stage never need it.
 */
class UnreachableRepoCommitTest {
  private static final String BLACK = "https://nonexistent.invalid/psf/black";

  @TempDir Path dir;
  private TempGitRepo repo;
  private Map<String, String> env;

  private void setUp(String remoteHook) throws Exception {
    Path launcher = EngineLauncher.write(dir.resolve("bin"));
    repo = TempGitRepo.init(dir.resolve("repo"));
    env = repo.env();
    env.put("PATH", launcher.getParent() + ":" + env.get("PATH"));
    repo.write(
        ".pre-commit-config.yaml",
        "repos:\n"
            + "-   repo: "
            + BLACK
            + "\n"
            + "    rev: 23.1.0\n"
            + "    hooks:\n"
            + remoteHook
            + "-   repo: local\n"
            + "    hooks:\n"
            + "    -   id: ok\n"
            + "        name: ok\n"
            + "        entry: 'true'\n"
            + "        language: system\n");
    repo.stageAll().commit("config");
    assertThat(run(List.of(launcher.toString(), "install")).exitCode()).isZero();
    repo.write("a.py", "x = 1\n").stage("a.py");
  }

  private ProcessResult run(List<String> command) throws Exception {
    return ProcessRunner.merged(env).run(command, repo.root());
  }

  private ProcessResult commit() throws Exception {
    return run(List.of("git", "commit", "-q", "-m", "change"));
  }

  @Test
  void theErrorSaysWhatFailedAndTheWayOut() throws Exception {
    setUp("    -   id: black\n    -   id: black-jupyter\n");

    ProcessResult commit = commit();

    assertThat(commit.exitCode()).isEqualTo(1);
    assertThat(commit.outputText())
        .isEqualTo(
            "[INFO] Initializing environment for "
                + BLACK
                + ".\n"
                + "An error has occurred: cannot fetch "
                + BLACK
                + ": could not resolve host nonexistent.invalid.  Check your network connection"
                + " and the repository URL; to run without its hooks, set"
                + " SKIP=black,black-jupyter.\n");
    assertThat(repo.git("log", "--format=%s")).isEqualTo("config\n");
  }

  @Test
  void skippedHooksDoNotNeedTheirRepository() throws Exception {
    setUp("    -   id: black\n");
    env.put("SKIP", "black");

    ProcessResult commit = commit();

    assertThat(commit.exitCode()).as(commit.outputText()).isZero();
    assertThat(commit.outputText())
        .isEqualTo("black" + ".".repeat(67) + "Skipped\n" + "ok" + ".".repeat(71) + "Passed\n");
    assertThat(repo.git("log", "--format=%s")).isEqualTo("change\nconfig\n");
  }

  @Test
  void hooksOfAnotherStageDoNotNeedTheirRepository() throws Exception {
    setUp("    -   id: black\n        stages: [pre-push]\n");

    ProcessResult commit = commit();

    assertThat(commit.exitCode()).as(commit.outputText()).isZero();
    assertThat(commit.outputText()).isEqualTo("ok" + ".".repeat(71) + "Passed\n");
  }
}
