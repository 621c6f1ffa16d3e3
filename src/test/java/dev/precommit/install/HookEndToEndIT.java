package dev.precommit.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import dev.precommit.testing.LauncherMode;
import dev.precommit.testing.ModeTranscripts;
import dev.precommit.testing.TempGitRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The whole path a developer gets from {@code ./install.sh && precommit install}: real {@code git
 * commit} and {@code git push} through the installed shims, the launcher and the engine. Each
 * scenario runs twice: with {@code PRECOMMIT_DAEMON=0} (a JVM per call) and through the installed
 * client and a warm daemon; both must print, exit and leave the same.
 */
class HookEndToEndIT {
  private static final String CONFIG =
      """
      repos:
      -   repo: local
          hooks:
          -   id: no-bad
              name: no bad files
              entry: bad files are not allowed
              language: fail
              files: '\\.bad$'
              stages: [pre-commit]
          -   id: no-wip
              name: no WIP commits
              entry: WIP
              language: pygrep
              exclude: '^\\.pre-commit-config\\.yaml$'
              stages: [commit-msg]
          -   id: no-secret
              name: no secrets pushed
              entry: secret
              language: pygrep
              exclude: '^\\.pre-commit-config\\.yaml$'
              stages: [pre-push]
      """;

  @TempDir static Path installed;
  static Map<String, String> installedEnv;
  static Path launcher;

  /** Why the daemon variant cannot run (no client installed: no cc), or null. */
  static String noDaemon;

  private static final ModeTranscripts transcripts = new ModeTranscripts();

  @TempDir Path tmp;
  TempGitRepo repo;
  TempGitRepo remote;
  Map<String, String> env;
  LauncherMode mode;
  int logBefore;
  final StringBuilder transcript = new StringBuilder();

  /** One install.sh run for the class: it builds a start-up archive, which takes seconds. */
  @BeforeAll
  static void installOnce() throws IOException {
    Path sources = Path.of(System.getProperty("precommit.sources", "")).toAbsolutePath();
    Path jar = Path.of(System.getProperty("precommit.jar", "target/none.jar")).toAbsolutePath();
    assumeTrue(Files.isRegularFile(jar), "the shaded jar is not built; run `mvn -B verify`");
    Path prefix = installed.resolve("prefix");
    installedEnv = new HashMap<>(TempGitRepo.isolatedEnv(installed.resolve("home")));
    installedEnv.put("PRECOMMIT_PREFIX", prefix.toString());
    installedEnv.put("PRECOMMIT_JAR", jar.toString());
    // The daemon a call starts leaves soon after the class, should the stop below be missed.
    installedEnv.put("PRECOMMIT_DAEMON_IDLE", "60");
    Map<String, String> env = new HashMap<>(installedEnv);
    env.put("PRECOMMIT_DAEMON", "0");
    ProcessResult install = run(env, installed, sources.resolve("install.sh").toString());
    assertThat(install.exitCode()).as(install.outputText()).isZero();
    launcher = prefix.resolve("bin/precommit");
    Path empty = Files.createDirectories(installed.resolve("probe"));
    TempGitRepo.init(empty);
    ProcessResult probe =
        run(
            env,
            empty,
            launcher.toString(),
            "hook-impl",
            "--config=.pre-commit-config.yaml",
            "--hook-type=pre-commit",
            "--");
    assumeTrue(
        probe.outputText().contains("No .pre-commit-config.yaml file was found"),
        "the engine's hook-impl entry point is not in this jar yet");
    if (!Files.isExecutable(prefix.resolve("share/precommit/precommit-client"))) {
      noDaemon = "install.sh built no client (no C compiler, cc)";
      System.out.println("HookEndToEndIT: daemon variant skipped: " + noDaemon);
      return;
    }
    // The first call through the client finds no daemon, runs in the JVM and starts one.
    Map<String, String> viaDaemon = new HashMap<>(installedEnv);
    viaDaemon.put("PRECOMMIT_DAEMON", "1");
    assertThat(run(viaDaemon, empty, launcher.toString(), "--version").exitCode()).isZero();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!hasSocket()) {
      assertThat(System.nanoTime()).as("no daemon started: " + daemonLog()).isLessThan(deadline);
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static Path daemonDir() {
    return Path.of(installedEnv.get("PRECOMMIT_HOME")).resolve("daemon");
  }

  private static boolean hasSocket() throws IOException {
    if (!Files.isDirectory(daemonDir())) {
      return false;
    }
    try (Stream<Path> files = Files.list(daemonDir())) {
      return files.anyMatch(f -> f.toString().endsWith(".sock"));
    }
  }

  private static String daemonLog() throws IOException {
    Path log = daemonDir().resolve("daemon.log");
    return Files.exists(log) ? Files.readString(log) : "";
  }

  @AfterAll
  static void stopDaemon() throws IOException {
    if (launcher != null && noDaemon == null) {
      run(installedEnv, installed, launcher.toString(), "daemon", "stop");
    }
  }

  void setUp(LauncherMode mode) throws IOException {
    if (mode == LauncherMode.DAEMON) {
      assumeTrue(noDaemon == null, noDaemon);
    }
    this.mode = mode;
    env = new HashMap<>(installedEnv);
    env.put("PRECOMMIT_DAEMON", mode == LauncherMode.DAEMON ? "1" : "0");
    logBefore = daemonLog().length();
    repo = TempGitRepo.init(tmp.resolve("repo"));
    remote = TempGitRepo.init(tmp.resolve("remote.git"));
    remote.git("config", "core.bare", "true");
    repo.git("remote", "add", "origin", remote.root().toString());
    repo.write(".pre-commit-config.yaml", CONFIG)
        .write("README", "hello\n")
        .stageAll()
        .commit("init");
  }

  private static ProcessResult run(Map<String, String> env, Path dir, String... command)
      throws IOException {
    return ProcessRunner.merged(env).run(List.of(command), dir);
  }

  /** Runs {@code command} in this test's mode, and writes what it did into the transcript. */
  private ProcessResult run(Path dir, String... command) throws IOException {
    ProcessResult result = run(env, dir, command);
    String words = String.join(" ", List.of(command).subList(1, command.length));
    String output =
        result
            .outputText()
            .replace(tmp.toString(), "<tmp>")
            .replaceAll("\\b[0-9a-f]{7,40}\\b", "<hash>");
    transcript.append(words).append(" exit ").append(result.exitCode()).append('\n');
    transcript.append(output);
    return result;
  }

  @AfterEach
  void compareModes(TestInfo test) throws IOException {
    if (mode == null) {
      return;
    }
    transcript.append("tree ").append(repo.git("rev-parse", "HEAD^{tree}"));
    transcript.append("status\n").append(repo.git("status", "--porcelain"));
    transcript.append("remote ").append(remote.git("log", "--format=%s %T", "--all"));
    if (mode == LauncherMode.DAEMON) {
      // The daemon served this test's hooks.
      assertThat(daemonLog().substring(logBefore)).contains("[hook-impl");
    }
    transcripts.record(test.getTestMethod().orElseThrow().getName(), mode, transcript.toString());
  }

  private ProcessResult git(Path dir, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    return run(dir, command.toArray(String[]::new));
  }

  private ProcessResult install(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(launcher.toString(), "install"));
    command.addAll(List.of(args));
    return run(repo.root(), command.toArray(String[]::new));
  }

  @ParameterizedTest
  @EnumSource(LauncherMode.class)
  void aBadCommitIsBlockedAndAGoodOneGoesThrough(LauncherMode mode) throws Exception {
    setUp(mode);
    assertThat(install().outputText()).isEqualTo("pre-commit installed at .git/hooks/pre-commit\n");

    repo.write("x.bad", "x\n").stage("x.bad");
    ProcessResult blocked = git(repo.root(), "commit", "-m", "bad");
    assertThat(blocked.exitCode()).isNotZero();
    assertThat(blocked.outputText())
        .contains("no bad files")
        .contains("Failed")
        .contains("- hook id: no-bad")
        .contains("bad files are not allowed");

    assertThat(git(repo.root(), "commit", "-q", "--no-verify", "-m", "forced").exitCode()).isZero();

    repo.write("ok.txt", "ok\n").stage("ok.txt");
    ProcessResult passed = git(repo.root(), "commit", "-m", "good");
    assertThat(passed.exitCode()).as(passed.outputText()).isZero();
    assertThat(passed.outputText()).contains("no bad files").contains("Skipped");
  }

  @ParameterizedTest
  @EnumSource(LauncherMode.class)
  void commitMsgRejectsAMessage(LauncherMode mode) throws Exception {
    setUp(mode);
    install("-t", "commit-msg");
    repo.write("a.txt", "a\n").stage("a.txt");

    ProcessResult rejected = git(repo.root(), "commit", "-m", "WIP half done");
    assertThat(rejected.exitCode()).isNotZero();
    assertThat(rejected.outputText()).contains("no WIP commits").contains("Failed");

    assertThat(git(repo.root(), "commit", "-q", "-m", "done").exitCode()).isZero();
  }

  @ParameterizedTest
  @EnumSource(LauncherMode.class)
  void prePushBlocksAPushThatCarriesASecret(LauncherMode mode) throws Exception {
    setUp(mode);
    install("-t", "pre-push");
    ProcessResult first = git(repo.root(), "push", "-q", "origin", "main");
    assertThat(first.exitCode()).as(first.outputText()).isZero();
    repo.write("config.txt", "password = secret\n").stageAll().commit("oops");

    ProcessResult blocked = git(repo.root(), "push", "origin", "main");

    assertThat(blocked.exitCode()).isNotZero();
    assertThat(blocked.outputText()).contains("no secrets pushed").contains("Failed");
    assertThat(remote.git("log", "--format=%s", "main")).isEqualTo("init\n");
  }

  @ParameterizedTest
  @EnumSource(LauncherMode.class)
  void aLegacyHookStillRunsAndCounts(LauncherMode mode) throws Exception {
    setUp(mode);
    repo.write(".git/hooks/pre-commit", "#!/bin/sh\necho legacy says no\nexit 1\n")
        .executable(".git/hooks/pre-commit");
    assertThat(install().outputText()).startsWith("Running in migration mode");
    repo.write("a.txt", "a\n").stage("a.txt");

    ProcessResult blocked = git(repo.root(), "commit", "-m", "a");
    assertThat(blocked.exitCode()).isNotZero();
    assertThat(blocked.outputText()).contains("legacy says no").contains("no bad files");

    run(repo.root(), launcher.toString(), "uninstall");
    assertThat(repo.read(".git/hooks/pre-commit")).contains("legacy says no");
  }

  @ParameterizedTest
  @EnumSource(LauncherMode.class)
  void aLinkedWorktreeUsesTheSameHooks(LauncherMode mode) throws Exception {
    setUp(mode);
    install();
    Path linked = tmp.resolve("linked");
    repo.git("worktree", "add", "-q", linked.toString());
    Files.writeString(linked.resolve("y.bad"), "y\n");
    git(linked, "add", "y.bad");

    ProcessResult blocked = git(linked, "commit", "-m", "bad in worktree");

    assertThat(blocked.exitCode()).isNotZero();
    assertThat(blocked.outputText()).contains("- hook id: no-bad");
  }
}
