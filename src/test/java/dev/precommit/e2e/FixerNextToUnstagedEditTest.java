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
 * A fixer's change to the staged content two lines from an unstaged edit, through real {@code git
 * commit}s. pre-commit applies the saved patch on top of the fixed file, which conflicts (the
 * patch's context lines no longer match) and rolls the fix back, so the next commit fails the same
 * way. precommit fixes the staged content and the user's content separately when the fixer is built
 * in; an external hook keeps pre-commit's rollback.
 *
 * <p>Each scenario runs with a JVM per call and through the client and a warm daemon: the same.
 */
class FixerNextToUnstagedEditTest {
  private static final String HEAD = "one\ntwo\nthree\nfour\nfive\nsix\nseven\n";
  private static final String STAGED = "one\ntwo\nthree   \nfour\nfive\nsix\nseven\n";
  private static final String UNSTAGED = "one\ntwo\nthree   \nfour\nfive edited  \nsix\nseven\n";

  @TempDir static Path shared;
  private static Optional<WarmEngine> engine;
  private static final ModeTranscripts transcripts = new ModeTranscripts();

  @TempDir Path dir;
  private LauncherMode mode;
  private final StringBuilder transcript = new StringBuilder();
  private int logBefore;

  @BeforeAll
  static void startEngine() {
    engine = WarmEngine.start(shared, "FixerNextToUnstagedEditTest");
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
  private Path launcher;
  private Map<String, String> env;

  void setUp(LauncherMode mode) {
    launcher = launcher(mode);
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

  private ProcessResult commit(String message) throws Exception {
    return run(List.of("git", "commit", "-q", "-m", message));
  }

  @ParameterizedTest
  @EnumSource(LauncherMode.class)
  void aBuiltinFixNextToAnUnstagedEditIsKeptAndTheNextCommitGoesThrough(LauncherMode mode)
      throws Exception {
    setUp(mode);
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

  @ParameterizedTest
  @EnumSource(LauncherMode.class)
  void anExternalFixNextToAnUnstagedEditIsRolledBackAsPreCommitDoes(LauncherMode mode)
      throws Exception {
    setUp(mode);
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
