package dev.precommit.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import dev.precommit.testing.TempGitRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path a developer gets from {@code ./install.sh && precommit install}: real {@code git
 * commit} and {@code git push} through the installed shims, the launcher and the engine.
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
  static Map<String, String> env;
  static Path launcher;

  @TempDir Path tmp;
  TempGitRepo repo;
  TempGitRepo remote;

  /** One install.sh run for the class: it builds a start-up archive, which takes seconds. */
  @BeforeAll
  static void installOnce() throws IOException {
    Path sources = Path.of(System.getProperty("precommit.sources", "")).toAbsolutePath();
    Path jar = Path.of(System.getProperty("precommit.jar", "target/none.jar")).toAbsolutePath();
    assumeTrue(Files.isRegularFile(jar), "the shaded jar is not built; run `mvn -B verify`");
    Path prefix = installed.resolve("prefix");
    env = new HashMap<>(TempGitRepo.isolatedEnv(installed.resolve("home")));
    env.put("PRECOMMIT_PREFIX", prefix.toString());
    env.put("PRECOMMIT_JAR", jar.toString());
    ProcessResult install = run(installed, sources.resolve("install.sh").toString());
    assertThat(install.exitCode()).as(install.outputText()).isZero();
    launcher = prefix.resolve("bin/precommit");
    Path empty = Files.createDirectories(installed.resolve("probe"));
    TempGitRepo.init(empty);
    ProcessResult probe =
        run(
            empty,
            launcher.toString(),
            "hook-impl",
            "--config=.pre-commit-config.yaml",
            "--hook-type=pre-commit",
            "--");
    assumeTrue(
        probe.outputText().contains("No .pre-commit-config.yaml file was found"),
        "the engine's hook-impl entry point is not in this jar yet");
  }

  @BeforeEach
  void setUp() throws IOException {
    repo = TempGitRepo.init(tmp.resolve("repo"));
    remote = TempGitRepo.init(tmp.resolve("remote.git"));
    remote.git("config", "core.bare", "true");
    repo.git("remote", "add", "origin", remote.root().toString());
    repo.write(".pre-commit-config.yaml", CONFIG)
        .write("README", "hello\n")
        .stageAll()
        .commit("init");
  }

  private static ProcessResult run(Path dir, String... command) throws IOException {
    return ProcessRunner.merged(env).run(List.of(command), dir);
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

  @Test
  void aBadCommitIsBlockedAndAGoodOneGoesThrough() throws Exception {
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

  @Test
  void commitMsgRejectsAMessage() throws Exception {
    install("-t", "commit-msg");
    repo.write("a.txt", "a\n").stage("a.txt");

    ProcessResult rejected = git(repo.root(), "commit", "-m", "WIP half done");
    assertThat(rejected.exitCode()).isNotZero();
    assertThat(rejected.outputText()).contains("no WIP commits").contains("Failed");

    assertThat(git(repo.root(), "commit", "-q", "-m", "done").exitCode()).isZero();
  }

  @Test
  void prePushBlocksAPushThatCarriesASecret() throws Exception {
    install("-t", "pre-push");
    ProcessResult first = git(repo.root(), "push", "-q", "origin", "main");
    assertThat(first.exitCode()).as(first.outputText()).isZero();
    repo.write("config.txt", "password = secret\n").stageAll().commit("oops");

    ProcessResult blocked = git(repo.root(), "push", "origin", "main");

    assertThat(blocked.exitCode()).isNotZero();
    assertThat(blocked.outputText()).contains("no secrets pushed").contains("Failed");
    assertThat(remote.git("log", "--format=%s", "main")).isEqualTo("init\n");
  }

  @Test
  void aLegacyHookStillRunsAndCounts() throws Exception {
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

  @Test
  void aLinkedWorktreeUsesTheSameHooks() throws Exception {
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
