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
 * {@code precommit install}, then real {@code git commit}s through the installed hook; each
 * scenario once with a JVM per call and once through the client and a warm daemon, which must
 * print, exit and commit the same.
 */
class CommitEndToEndTest {
  @TempDir static Path shared;
  private static Optional<WarmEngine> engine;
  private static final ModeTranscripts transcripts = new ModeTranscripts();

  @TempDir Path dir;
  private TempGitRepo repo;
  private Path launcher;
  private Map<String, String> env;
  private LauncherMode mode;
  private final StringBuilder transcript = new StringBuilder();
  private int logBefore;

  @BeforeAll
  static void startEngine() {
    engine = WarmEngine.start(shared, "CommitEndToEndTest");
  }

  @AfterAll
  static void stopEngine() throws InterruptedException {
    if (engine.isPresent()) {
      engine.get().close();
    }
  }

  @AfterEach
  void compareModes(TestInfo test) {
    if (mode != null) {
      String tree = repo.git("rev-parse", "HEAD^{tree}");
      transcript.append("tree ").append(tree).append("status ").append(repo.git("status", "-s"));
      if (mode == LauncherMode.DAEMON) {
        // The daemon served this test's calls (install, and the hooks unless skipped).
        assertThat(engine.get().logText().substring(logBefore)).contains("request ");
      }
      transcripts.record(test.getTestMethod().orElseThrow().getName(), mode, transcript.toString());
    }
  }

  void setUp(LauncherMode mode) throws Exception {
    if (mode == LauncherMode.DAEMON) {
      assumeTrue(engine.isPresent(), "no C compiler (cc) to build the daemon's client");
      launcher = engine.get().launcher();
      logBefore = engine.get().logText().length();
    } else {
      launcher = EngineLauncher.write(dir.resolve("bin"));
    }
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
    this.mode = mode;
  }

  private ProcessResult run(List<String> command) throws Exception {
    ProcessResult result = ProcessRunner.merged(env).run(command, repo.root());
    transcript.append(String.join(" ", command.subList(1, command.size())));
    transcript.append(" exit ").append(result.exitCode()).append('\n');
    transcript.append(result.outputText());
    return result;
  }

  private ProcessResult commit(String message) throws Exception {
    return run(List.of("git", "commit", "-q", "-m", message));
  }

  @ParameterizedTest
  @EnumSource(LauncherMode.class)
  void aBadCommitIsBlockedWithPreCommitsOutput(LauncherMode mode) throws Exception {
    setUp(mode);
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

  @ParameterizedTest
  @EnumSource(LauncherMode.class)
  void aGoodCommitGoesThrough(LauncherMode mode) throws Exception {
    setUp(mode);
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

  @ParameterizedTest
  @EnumSource(LauncherMode.class)
  void noVerifySkipsTheHooks(LauncherMode mode) throws Exception {
    setUp(mode);
    repo.write("big.txt", "TODO\n").stage("big.txt");

    ProcessResult commit = run(List.of("git", "commit", "-q", "--no-verify", "-m", "skip"));

    assertThat(commit.exitCode()).isZero();
    assertThat(commit.outputText()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(LauncherMode.class)
  void skipAndPrecommitZeroWork(LauncherMode mode) throws Exception {
    setUp(mode);
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
