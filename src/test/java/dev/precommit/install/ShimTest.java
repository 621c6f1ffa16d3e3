package dev.precommit.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import dev.precommit.testing.CliRun;
import dev.precommit.testing.TempGitRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed shim under real git commands. The launcher is a test double that records what it
 * was given: these tests are about the shim's hand-over (arguments, stdin, PRECOMMIT=0, a missing
 * launcher), not the engine.
 */
class ShimTest {
  @TempDir Path tmp;
  TempGitRepo repo;
  Map<String, String> env;
  Path log;
  Path launcher;

  @BeforeEach
  void setUp() throws IOException {
    repo = TempGitRepo.init(tmp.resolve("repo"));
    log = Files.createDirectories(tmp.resolve("log"));
    launcher = fakeLauncher(tmp.resolve("bin/precommit"));
    env = repo.env();
    env.put("PRECOMMIT_LAUNCHER", launcher.toString());
    env.put("LOG", log.toString());
    repo.write("a.txt", "a\n").stageAll().commit("init");
  }

  private static Path fakeLauncher(Path path) throws IOException {
    Files.createDirectories(path.getParent());
    Files.writeString(
        path,
        "#!/bin/sh\n"
            + "printf '%s\\n' \"$@\" > \"$LOG/args\"\n"
            + "cat > \"$LOG/stdin\"\n"
            + "pwd > \"$LOG/pwd\"\n"
            + "exit \"${FAKE_RC:-0}\"\n");
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
    return path;
  }

  private void install(String... types) {
    String[] args = new String[types.length * 2 + 1];
    args[0] = "install";
    for (int i = 0; i < types.length; i++) {
      args[1 + 2 * i] = "-t";
      args[2 + 2 * i] = types[i];
    }
    CliRun run = CliRun.in(repo.root(), env, args);
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
  }

  private ProcessResult git(Map<String, String> environment, Path dir, String... args)
      throws IOException {
    List<String> command = new java.util.ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    return ProcessRunner.separate(environment).run(command, dir);
  }

  private ProcessResult commit(String message) throws IOException {
    repo.write("b.txt", message + "\n").stage("b.txt");
    return git(env, repo.root(), "commit", "-q", "-m", message);
  }

  private List<String> launcherArgs() throws IOException {
    return Files.readAllLines(log.resolve("args"));
  }

  @Test
  void commitCallsTheLauncherWithHookImplArguments() throws Exception {
    install("pre-commit");

    ProcessResult result = commit("one");

    assertThat(result.exitCode()).as(result.errorText()).isZero();
    assertThat(launcherArgs())
        .containsExactly(
            "hook-impl",
            "--config=.pre-commit-config.yaml",
            "--hook-type=pre-commit",
            "--hook-dir",
            ".git/hooks",
            "--");
    assertThat(Path.of(Files.readString(log.resolve("pwd")).strip()))
        .isEqualTo(repo.root().toRealPath());
  }

  @Test
  void aFailingLauncherBlocksTheCommitAndNoVerifySkipsIt() throws Exception {
    install("pre-commit");
    env.put("FAKE_RC", "1");

    assertThat(commit("blocked").exitCode()).isNotZero();
    assertThat(repo.git("log", "--format=%s")).isEqualTo("init\n");

    ProcessResult skipped = git(env, repo.root(), "commit", "-q", "--no-verify", "-m", "skipped");
    assertThat(skipped.exitCode()).isZero();
    assertThat(repo.git("log", "-1", "--format=%s")).isEqualTo("skipped\n");
  }

  @Test
  void precommitZeroTurnsTheShimIntoANoOp() throws Exception {
    install("pre-commit");
    env.put("FAKE_RC", "1");
    env.put("PRECOMMIT", "0");

    assertThat(commit("through").exitCode()).isZero();
    assertThat(log.resolve("args")).doesNotExist();
  }

  @Test
  void commitMsgGetsTheMessageFile() throws Exception {
    install("commit-msg");

    assertThat(commit("msg").exitCode()).isZero();
    assertThat(launcherArgs())
        .endsWith(
            "--hook-type=commit-msg", "--hook-dir", ".git/hooks", "--", ".git/COMMIT_EDITMSG");
  }

  @Test
  void prePushGetsTheRemoteAsArgumentsAndTheRefsOnStdin() throws Exception {
    TempGitRepo bare = TempGitRepo.init(tmp.resolve("remote.git"));
    bare.git("config", "core.bare", "true");
    repo.git("remote", "add", "origin", bare.root().toString());
    install("pre-push");
    String head = repo.git("rev-parse", "HEAD").strip();

    ProcessResult push = git(env, repo.root(), "push", "-q", "origin", "main");

    assertThat(push.exitCode()).as(push.errorText()).isZero();
    assertThat(launcherArgs()).endsWith("--", "origin", bare.root().toString());
    assertThat(Files.readString(log.resolve("stdin")))
        .isEqualTo("refs/heads/main " + head + " refs/heads/main " + "0".repeat(40) + "\n");

    env.put("FAKE_RC", "1");
    commit("two");
    assertThat(git(env, repo.root(), "push", "-q", "origin", "main").exitCode()).isNotZero();
    assertThat(bare.git("rev-parse", "main").strip()).isEqualTo(head);
  }

  @Test
  void argumentsPassThroughUntouched() throws Exception {
    install("pre-commit");
    Path shim = repo.path(".git/hooks/pre-commit");

    ProcessResult result =
        ProcessRunner.separate(env)
            .run(
                List.of(shim.toString(), "a b", "$HOME", "*", "", "it's"),
                repo.root(),
                Map.of(),
                "in\0put".getBytes());

    assertThat(result.exitCode()).isZero();
    assertThat(launcherArgs()).endsWith("--", "a b", "$HOME", "*", "", "it's");
    assertThat(Files.readString(log.resolve("stdin"))).isEqualTo("in\0put");
  }

  @Test
  void aMissingLauncherFallsBackToPrecommitOnPath() throws Exception {
    install("pre-commit");
    Files.delete(launcher);
    Path onPath = fakeLauncher(tmp.resolve("path/precommit"));
    env.put("PATH", onPath.getParent() + ":" + env.get("PATH"));

    assertThat(commit("via path").exitCode()).isZero();
    assertThat(launcherArgs()).startsWith("hook-impl");
  }

  @Test
  void withNoLauncherAnywhereTheCommitFailsWithInstructions() throws Exception {
    install("pre-commit");
    Files.delete(launcher);

    ProcessResult result = commit("nothing");

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.errorText())
        .contains("`precommit` not found. Install it with `./install.sh`")
        .contains("PRECOMMIT=0 git ...");
  }

  @Test
  void oneInstallServesEveryLinkedWorktree() throws Exception {
    install("pre-commit");
    Path linked = tmp.resolve("linked");
    repo.git("worktree", "add", "-q", linked.toString());
    Files.writeString(linked.resolve("c.txt"), "c\n");
    git(env, linked, "add", "c.txt");

    ProcessResult result = git(env, linked, "commit", "-q", "-m", "in worktree");

    assertThat(result.exitCode()).as(result.errorText()).isZero();
    assertThat(Path.of(Files.readString(log.resolve("pwd")).strip()))
        .isEqualTo(linked.toRealPath());
    assertThat(launcherArgs()).contains("--hook-type=pre-commit");
  }
}
