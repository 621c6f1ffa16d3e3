package dev.precommit.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import dev.precommit.testing.EngineLauncher;
import dev.precommit.testing.LauncherMode;
import dev.precommit.testing.ModeTranscripts;
import dev.precommit.testing.TempGitRepo;
import dev.precommit.testing.WarmEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Real {@code git commit}s with a hook repository that cannot be reached: the error says what
 * failed and how to get past it, and hooks that are skipped or not in the stage never need it.
 *
 * <p>Each scenario runs with a JVM per call and through the client and a warm daemon: the same.
 */
class UnreachableRepoCommitTest {
  private static final String BLACK = "https://nonexistent.invalid/psf/black";

  @TempDir static Path shared;
  private static Optional<WarmEngine> engine;
  private static final ModeTranscripts transcripts = new ModeTranscripts();

  @TempDir Path dir;
  private LauncherMode mode;
  private final StringBuilder transcript = new StringBuilder();
  private int logBefore;

  @BeforeAll
  static void startEngine() {
    engine = WarmEngine.start(shared, "UnreachableRepoCommitTest");
  }

  @AfterAll
  static void stopEngine() throws InterruptedException {
    if (engine.isPresent()) {
      engine.get().close();
    }
  }

  /** The launcher for {@code mode}; the daemon's is skipped, saying why, without a client. */
  private Path launcher(LauncherMode mode) {
    this.mode = mode;
    if (mode == LauncherMode.JVM) {
      return EngineLauncher.write(dir.resolve("bin"));
    }
    assumeTrue(engine.isPresent(), "no C compiler (cc) to build the daemon's client");
    logBefore = engine.get().logText().length();
    return engine.get().launcher();
  }

  @AfterEach
  void compareModes(TestInfo test) {
    if (repo == null) {
      return;
    }
    transcript.append("tree ").append(repo.git("rev-parse", "HEAD^{tree}"));
    transcript.append("status\n").append(repo.git("status", "--porcelain"));
    transcript.append("index ").append(repo.git("ls-files", "-s"));
    if (mode == LauncherMode.DAEMON) {
      assertThat(engine.get().logText().substring(logBefore)).contains("[hook-impl");
    }
    transcripts.record(test.getTestMethod().orElseThrow().getName(), mode, transcript.toString());
  }

  private TempGitRepo repo;
  private Map<String, String> env;

  private void setUp(LauncherMode mode, String remoteHook) throws Exception {
    Path launcher = launcher(mode);
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
    ProcessResult result = ProcessRunner.merged(env).run(command, repo.root());
    String output =
        result
            .outputText()
            .replace(dir.toString(), "<tmp>")
            .replaceAll("patch[0-9]+-[0-9]+(\\.[0-9]+)?", "<patch>");
    transcript.append(String.join(" ", command.subList(1, command.size())));
    transcript.append(" exit ").append(result.exitCode()).append('\n').append(output);
    return result;
  }

  private ProcessResult commit() throws Exception {
    return run(List.of("git", "commit", "-q", "-m", "change"));
  }

  @ParameterizedTest
  @EnumSource(LauncherMode.class)
  void theErrorSaysWhatFailedAndTheWayOut(LauncherMode mode) throws Exception {
    setUp(mode, "    -   id: black\n    -   id: black-jupyter\n");

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

  @ParameterizedTest
  @EnumSource(LauncherMode.class)
  void skippedHooksDoNotNeedTheirRepository(LauncherMode mode) throws Exception {
    setUp(mode, "    -   id: black\n");
    env.put("SKIP", "black");

    ProcessResult commit = commit();

    assertThat(commit.exitCode()).as(commit.outputText()).isZero();
    assertThat(commit.outputText())
        .isEqualTo("black" + ".".repeat(67) + "Skipped\n" + "ok" + ".".repeat(71) + "Passed\n");
    assertThat(repo.git("log", "--format=%s")).isEqualTo("change\nconfig\n");
  }

  @ParameterizedTest
  @EnumSource(LauncherMode.class)
  void hooksOfAnotherStageDoNotNeedTheirRepository(LauncherMode mode) throws Exception {
    setUp(mode, "    -   id: black\n        stages: [pre-push]\n");

    ProcessResult commit = commit();

    assertThat(commit.exitCode()).as(commit.outputText()).isZero();
    assertThat(commit.outputText()).isEqualTo("ok" + ".".repeat(71) + "Passed\n");
  }
}
