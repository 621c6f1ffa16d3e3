package dev.precommit.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import dev.precommit.testing.TempGitRepo;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real {@code git commit}s through installed shims, once through the client and a running daemon
 * and once through the JVM launcher: same output, exit codes and trees. Plus the daemon's refusals
 * (wrong token, another build) and a client that dies mid-run.
 */
class DaemonEndToEndTest {
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
          -   id: shout
              name: shout
              entry: sh -c 'echo "checked $# files"; echo "to stderr" >&2; exit 1'
              language: system
              files: loud
      -   repo: builtin
          hooks:
          -   id: trailing-whitespace
          -   id: end-of-file-fixer
      """;

  @TempDir Path tmp;
  DaemonFixture fixture;

  @BeforeEach
  void setUp() throws IOException {
    fixture = DaemonFixture.create(tmp);
  }

  @AfterEach
  void tearDown() throws InterruptedException {
    if (fixture != null) {
      fixture.close();
    }
  }

  private ProcessResult run(Path dir, Map<String, String> extra, String... command)
      throws IOException {
    Map<String, String> env = new HashMap<>(fixture.env);
    env.putAll(extra);
    return ProcessRunner.merged(env).run(List.of(command), dir);
  }

  private TempGitRepo repoWith(String name, Path launcher) throws IOException {
    TempGitRepo repo = TempGitRepo.init(tmp.resolve(name));
    repo.write(".pre-commit-config.yaml", CONFIG)
        .write("README", "hello\n")
        .stageAll()
        .commit("init");
    ProcessResult installed = run(repo.root(), Map.of(), launcher.toString(), "install");
    assertThat(installed.exitCode()).as(installed.outputText()).isZero();
    return repo;
  }

  /** A scripted series of commits; returns what each printed and exited with, and the trees. */
  private List<String> commitSeries(TempGitRepo repo) throws IOException {
    List<String> seen = new ArrayList<>();
    repo.write("a.txt", "trailing   \nno newline").stage("a.txt");
    commit(repo, "fixers", seen);
    repo.stage("a.txt");
    commit(repo, "fixed", seen);
    repo.write("x.bad", "x\n").stage("x.bad");
    commit(repo, "bad", seen);
    repo.git("rm", "-q", "--cached", "x.bad");
    repo.write("loud.txt", "x\n").stage("loud.txt");
    commit(repo, "loud", seen);
    repo.git("rm", "-q", "--cached", "loud.txt");
    repo.write("b.txt", "fine\n").stage("b.txt");
    repo.write("b.txt", "fine\nunstaged\n");
    commit(repo, "good", seen);
    seen.add("status: " + repo.git("status", "--porcelain"));
    seen.add("a.txt: " + repo.read("a.txt"));
    return seen;
  }

  private void commit(TempGitRepo repo, String message, List<String> seen) throws IOException {
    ProcessResult result = run(repo.root(), Map.of(), "git", "commit", "-q", "-m", message);
    // Saved patches are named by time and pid.
    String output = result.outputText().replaceAll("patch[0-9][0-9.-]*", "patch");
    seen.add(message + " exit " + result.exitCode() + "\n" + output);
    seen.add(message + " tree " + repo.git("rev-parse", "HEAD^{tree}").strip());
  }

  @Test
  void commitsThroughTheDaemonMatchCommitsThroughTheJvm() throws Exception {
    fixture.startDaemon(DaemonFixture.KEY);
    Path viaClient =
        fixture.clientLauncher("client", DaemonFixture.KEY, fixture.token(DaemonFixture.KEY));
    Path viaJvm = fixture.jvmLauncher();

    List<String> withDaemon = commitSeries(repoWith("with", viaClient));
    List<String> withoutDaemon = commitSeries(repoWith("without", viaJvm));

    assertThat(withDaemon).isEqualTo(withoutDaemon);
    assertThat(String.join("\n", withDaemon))
        .contains("fixers exit 1")
        .contains("Fixing a.txt")
        .contains("fixed exit 0")
        .contains("bad exit 1")
        .contains("checked 0 files\nto stderr")
        .contains("good exit 0")
        .contains("Restored changes");
    // The daemon served them: install and the five commits.
    assertThat(fixture.logText()).contains("request 6 [hook-impl");
  }

  @Test
  void colourIsDecidedAsTheJvmDecidesIt() throws Exception {
    boolean script = Files.isExecutable(Path.of("/usr/bin/script"));
    org.junit.jupiter.api.Assumptions.assumeTrue(script, "no /usr/bin/script to give a terminal");
    fixture.startDaemon(DaemonFixture.KEY);
    Path viaClient =
        fixture.clientLauncher("client", DaemonFixture.KEY, fixture.token(DaemonFixture.KEY));
    TempGitRepo repo = TempGitRepo.init(tmp.resolve("colour"));
    repo.write(".pre-commit-config.yaml", CONFIG).write("a.txt", "x \n").stageAll();
    Map<String, String> colourAuto = new HashMap<>();
    colourAuto.put("PRE_COMMIT_COLOR", "auto");
    colourAuto.put("TERM", "xterm");
    List<String> outputs = new ArrayList<>();
    // stdout a terminal, stdin not (as in a git hook), then both terminals.
    for (String redirect : List.of(" </dev/null", "")) {
      for (Path launcher : List.of(viaClient, fixture.jvmLauncher())) {
        repo.git("checkout", "-q", "--", "a.txt");
        String command = "'" + launcher + "' run --all-files" + redirect;
        ProcessResult result = run(repo.root(), colourAuto, "script", "-qec", command, "/dev/null");
        outputs.add(result.outputText());
      }
    }
    assertThat(outputs.get(0)).isEqualTo(outputs.get(1)).doesNotContain("\u001b[");
    assertThat(outputs.get(2)).isEqualTo(outputs.get(3)).contains("\u001b[");
  }

  @Test
  void aWrongTokenIsRefusedAndTheClientFallsBackToTheJvm() throws Exception {
    fixture.startDaemon(DaemonFixture.KEY);
    Path wrong = tmp.resolve("wrong.token");
    Files.writeString(wrong, "0".repeat(64));
    Path launcher = fixture.clientLauncher("wrong", DaemonFixture.KEY, wrong);

    ProcessResult version = run(tmp, Map.of(), launcher.toString(), "--version");

    assertThat(version.exitCode()).isZero();
    assertThat(version.outputText()).startsWith("precommit ");
    assertThat(fixture.logText()).contains("refused: wrong token").doesNotContain("exit 0");

    // A hostile peer speaking the protocol with a guessed token gets nothing but a refusal.
    try (SocketChannel peer = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      peer.connect(UnixDomainSocketAddress.of(fixture.socket(DaemonFixture.KEY)));
      for (Frame frame :
          List.of(
              frame(Frame.HELLO, Frame.PROTOCOL + "\0" + DaemonFixture.KEY + "\0guess"),
              frame(Frame.ARG, "--version"),
              frame(Frame.WORKDIR, tmp.toString()),
              frame(Frame.RUN, ""))) {
        peer.write(frame.encode());
      }
      assertThat(Frame.read(peer).channel()).isEqualTo(Frame.STALE);
    }
  }

  /** A peer that tries the socket and the token and says how each went, one line each. */
  private static final String PEER =
      """
      #include <errno.h>
      #include <stdio.h>
      #include <string.h>
      #include <sys/socket.h>
      #include <sys/un.h>
      #include <unistd.h>
      int main(int argc, char **argv) {
        struct sockaddr_un a = {0};
        a.sun_family = AF_UNIX;
        strncpy(a.sun_path, argv[1], sizeof a.sun_path - 1);
        int fd = socket(AF_UNIX, SOCK_STREAM, 0);
        int c = connect(fd, (struct sockaddr *)&a, sizeof a);
        printf("connect: %s\\n", c == 0 ? "connected" : strerror(errno));
        FILE *t = fopen(argv[2], "r");
        printf("token: %s\\n", t ? "read" : strerror(errno));
        return 0;
      }
      """;

  @Test
  void aPeerOfAnotherUidCannotReachTheSocketOrTheToken() throws Exception {
    String uid = run(tmp, Map.of(), "id", "-u").outputText().strip();
    if (!uid.equals("0")) {
      System.out.println("hostile-peer test skipped: needs root to run a peer as another uid");
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(uid.equals("0"), "not root");
    List<String> asNobody;
    if (Files.isExecutable(Path.of("/usr/bin/setpriv"))) {
      asNobody = List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
    } else if (Files.isExecutable(Path.of("/usr/sbin/runuser"))) {
      asNobody = List.of("runuser", "-u", "nobody", "--");
    } else {
      System.out.println("hostile-peer test skipped: neither setpriv nor runuser");
      org.junit.jupiter.api.Assumptions.abort("neither setpriv nor runuser to change uid");
      return;
    }
    fixture.startDaemon(DaemonFixture.KEY);
    // Everything up to the daemon's directory is open to all: only its 0700 (and the token's
    // 0600) stand between another uid and the daemon.
    Path daemonDir = fixture.home.resolve("daemon");
    for (Path dir = fixture.home; dir.startsWith(tmp); dir = dir.getParent()) {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(daemonDir)))
        .isEqualTo("rwx------");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(fixture.token(DaemonFixture.KEY))))
        .isEqualTo("rw-------");
    Path source = Files.writeString(tmp.resolve("peer.c"), PEER);
    Path peer = tmp.resolve("peer");
    ProcessResult built = run(tmp, Map.of(), "cc", "-o", peer.toString(), source.toString());
    assertThat(built.exitCode()).as(built.outputText()).isZero();
    String socket = fixture.socket(DaemonFixture.KEY).toString();
    String token = fixture.token(DaemonFixture.KEY).toString();

    List<String> command = new ArrayList<>(asNobody);
    command.addAll(List.of(peer.toString(), socket, token));
    ProcessResult hostile = run(tmp, Map.of(), command.toArray(String[]::new));
    // The same peer as the daemon's own uid: it gets in, so the refusal above is the uid's.
    ProcessResult owner = run(tmp, Map.of(), peer.toString(), socket, token);

    assertThat(hostile.exitCode()).as(hostile.outputText()).isZero();
    assertThat(hostile.outputText())
        .isEqualTo("connect: Permission denied\ntoken: Permission denied\n");
    assertThat(owner.outputText()).isEqualTo("connect: connected\ntoken: read\n");
    assertThat(fixture.logText()).doesNotContain("request ");

    // The owner's calls still work, through the daemon.
    Path launcher =
        fixture.clientLauncher("client", DaemonFixture.KEY, fixture.token(DaemonFixture.KEY));
    ProcessResult version = run(tmp, Map.of(), launcher.toString(), "--version");
    assertThat(version.exitCode()).isZero();
    assertThat(fixture.logText()).containsPattern("request [0-9]+ \\[--version\\] exit 0");
  }

  @Test
  void aDaemonOfAnotherBuildIsNotUsed() throws Exception {
    fixture.startDaemon(DaemonFixture.KEY);
    // A client of build "other" pointed at this daemon's socket (with its token): refused.
    Path stale = tmp.resolve("stale.sock");
    Files.createSymbolicLink(fixture.socket("other"), fixture.socket(DaemonFixture.KEY));
    Files.copy(fixture.token(DaemonFixture.KEY), fixture.token("other"));
    Path launcher = fixture.clientLauncher("other", "other", fixture.token("other"));

    ProcessResult version = run(tmp, Map.of(), launcher.toString(), "--version");

    assertThat(version.exitCode()).isZero();
    assertThat(version.outputText()).startsWith("precommit ");
    assertThat(fixture.logText()).contains("refused: another build (other)");
    assertThat(stale).doesNotExist();
  }

  @Test
  void theFirstCallStartsADaemonAndRunsInTheJvm() throws Exception {
    Path launcher = fixture.clientLauncher("first", "fresh", fixture.token("fresh"));

    ProcessResult first = run(tmp, Map.of(), launcher.toString(), "--version");
    assertThat(first.exitCode()).isZero();
    assertThat(first.outputText()).startsWith("precommit ");
    DaemonFixture.awaitFile(fixture.socket("fresh"), Duration.ofSeconds(60));
    DaemonFixture.awaitFile(fixture.token("fresh"), Duration.ofSeconds(10));

    ProcessResult second = run(tmp, Map.of(), launcher.toString(), "--version");
    assertThat(second.outputText()).isEqualTo(first.outputText());
    assertThat(fixture.logText()).contains("request 1 [--version] exit 0");

    ProcessResult status = run(tmp, Map.of(), fixture.jvmLauncher().toString(), "daemon", "status");
    assertThat(status.outputText())
        .contains("precommit daemon running: pid ")
        .contains("build fresh");
    ProcessResult stop = run(tmp, Map.of(), fixture.jvmLauncher().toString(), "daemon", "stop");
    assertThat(stop.outputText()).contains("Stopped the precommit daemon");
    assertThat(fixture.socket("fresh")).doesNotExist();
  }

  /**
   * A repository whose pre-commit hook blocks until killed (while {@code gate} exists), with a
   * partially staged file.
   */
  private TempGitRepo blockingRepo(Path marker) throws IOException {
    return blockingRepo("blocking", marker);
  }

  private TempGitRepo blockingRepo(String name, Path marker) throws IOException {
    TempGitRepo repo = TempGitRepo.init(tmp.resolve(name));
    Path gate = Files.writeString(tmp.resolve("gate"), "");
    String config =
        "repos:\n-   repo: local\n    hooks:\n    -   id: block\n        name: block\n"
            + "        entry: sh -c 'if [ -e "
            + gate
            + " ]; then echo $$ > "
            + marker
            + "; exec sleep 60; fi'\n        language: system\n";
    repo.write(".pre-commit-config.yaml", config).write("p.txt", "one\n").stageAll().commit("init");
    repo.write("p.txt", "two\n").stage("p.txt").write("p.txt", "two\nunstaged\n");
    Path launcher =
        fixture.clientLauncher("client", DaemonFixture.KEY, fixture.token(DaemonFixture.KEY));
    assertThat(run(repo.root(), Map.of(), launcher.toString(), "install").exitCode()).isZero();
    return repo;
  }

  /** Starts the installed pre-commit shim; the shim and launcher exec, so this is the client. */
  private Process startHook(TempGitRepo repo, Path marker) throws Exception {
    return startHook(repo, marker, tmp.resolve("hook-output.txt"));
  }

  private Process startHook(TempGitRepo repo, Path marker, Path output) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(repo.root().resolve(".git/hooks/pre-commit").toString())
            .directory(repo.root().toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    builder.environment().clear();
    builder.environment().putAll(fixture.env);
    Process client = builder.start();
    DaemonFixture.awaitFile(marker, Duration.ofSeconds(60));
    while (Files.readString(marker).isBlank()) {
      Thread.sleep(20);
    }
    assertThat(repo.read("p.txt")).isEqualTo("two\n"); // stashed: the hook sees the index
    return client;
  }

  private static void awaitExit(long pid) throws Exception {
    ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
  }

  /** A hook's output with the stash's patch named {@code <patch>} and the cache {@code <cache>}. */
  private String normalised(Path output) throws IOException {
    String cache = fixture.env.get("PRECOMMIT_HOME");
    return Files.readString(output)
        .replaceAll(Pattern.quote(cache) + "/patch[0-9]+-[0-9]+(\\.[0-9]+)?", "<patch>")
        .replace(cache, "<cache>");
  }

  private static void assertRestored(TempGitRepo repo) {
    assertThat(repo.read("p.txt")).isEqualTo("two\nunstaged\n");
    assertThat(repo.git("diff", "--cached", "--name-only")).isEqualTo("p.txt\n");
    assertThat(repo.git("show", ":p.txt")).isEqualTo("two\n");
  }

  @Test
  void ctrlCThroughTheClientEndsTheRunWith130AndRestoresTheStash() throws Exception {
    fixture.startDaemon(DaemonFixture.KEY);
    Path marker = tmp.resolve("started");
    TempGitRepo repo = blockingRepo(marker);
    Process client = startHook(repo, marker);
    long hook = Long.parseLong(Files.readString(marker).strip());

    new ProcessBuilder("kill", "-INT", Long.toString(client.pid())).start().waitFor();

    assertThat(client.waitFor()).isEqualTo(130);
    assertRestored(repo);
    awaitExit(hook);
    assertThat(fixture.logText()).contains("cancelled by signal 2").contains("exit 130");
    // The same bytes a CLI run prints when Ctrl-C halts it (InterruptTest): the restore's line,
    // then pre-commit's interrupt line and the log it names.
    String cache = fixture.env.get("PRECOMMIT_HOME");
    assertThat(normalised(tmp.resolve("hook-output.txt")))
        .isEqualTo(
            "[WARNING] Unstaged files detected.\n"
                + "[INFO] Stashing unstaged files to <patch>.\n"
                + "block"
                + ".".repeat(68)
                + "[INFO] Restored changes from <patch>.\n"
                + "Interrupted (^C): KeyboardInterrupt: \n"
                + "Check the log at <cache>/precommit.log\n");
    assertThat(Files.readString(Path.of(cache, "precommit.log")))
        .contains("Interrupted (^C): KeyboardInterrupt: ")
        .contains("in thread precommit-run-");

    // The interrupt was the run's alone: the daemon serves the next run as if nothing happened.
    Files.delete(tmp.resolve("gate"));
    ProcessResult next =
        run(repo.root(), Map.of(), repo.root().resolve(".git/hooks/pre-commit").toString());
    assertThat(next.exitCode()).as(next.outputText()).isZero();
    assertThat(next.outputText()).contains("block").contains("Passed");
    assertThat(fixture.logText()).containsPattern("request [0-9]+ \\[hook-impl.* exit 0");
  }

  @Test
  void sigtermToTheDaemonCancelsEachRunAloneAndTheDaemonExitsItself() throws Exception {
    Process daemon = fixture.startDaemon(DaemonFixture.KEY);
    List<TempGitRepo> repos = new ArrayList<>();
    List<Process> clients = new ArrayList<>();
    List<Long> hooks = new ArrayList<>();
    for (String name : List.of("one", "two")) {
      Path marker = tmp.resolve("started-" + name);
      TempGitRepo repo = blockingRepo(name, marker);
      repos.add(repo);
      clients.add(startHook(repo, marker, tmp.resolve("output-" + name)));
      hooks.add(Long.parseLong(Files.readString(marker).strip()));
    }

    new ProcessBuilder("kill", "-TERM", Long.toString(daemon.pid())).start().waitFor();

    // Each run ends as a CLI run ends on SIGTERM (143, restored, saying only that); the daemon is
    // not halted by a run's handler, it leaves on its own once the runs are over.
    for (int i = 0; i < 2; i++) {
      assertThat(clients.get(i).waitFor()).isEqualTo(143);
      assertRestored(repos.get(i));
      awaitExit(hooks.get(i));
      assertThat(normalised(tmp.resolve("output-" + List.of("one", "two").get(i))))
          .isEqualTo(
              "[WARNING] Unstaged files detected.\n"
                  + "[INFO] Stashing unstaged files to <patch>.\n"
                  + "block"
                  + ".".repeat(68)
                  + "[INFO] Restored changes from <patch>.\n");
    }
    assertThat(daemon.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(daemon.exitValue()).isZero();
    assertThat(fixture.logText()).contains("exit 143").contains("exiting: SIGTERM");
  }

  @Test
  void aClientThatDiesMidRunCancelsTheRunAndTheStashIsRestored() throws Exception {
    fixture.startDaemon(DaemonFixture.KEY);
    Path marker = tmp.resolve("started");
    TempGitRepo repo = blockingRepo(marker);
    Process client = startHook(repo, marker);
    long hook = Long.parseLong(Files.readString(marker).strip());

    client.destroyForcibly().waitFor();

    awaitExit(hook);
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!fixture.logText().contains("exit 129") && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(fixture.logText()).contains("the client went away; cancelling").contains("exit 129");
    assertRestored(repo);
  }

  @Test
  void aDaemonKilledMidRunLeavesWhatAKilledCliRunLeavesAndTheNextRunRecovers() throws Exception {
    Process daemon = fixture.startDaemon(DaemonFixture.KEY);
    Path marker = tmp.resolve("started");
    TempGitRepo repo = blockingRepo(marker);
    Process client = startHook(repo, marker);
    long hook = Long.parseLong(Files.readString(marker).strip());

    daemon.destroyForcibly().waitFor();

    assertThat(client.waitFor()).isEqualTo(137);
    assertThat(Files.readString(tmp.resolve("hook-output.txt")))
        .contains("precommit: the daemon ended during the run; see ");
    assertThat(repo.read("p.txt")).isEqualTo("two\n"); // still stashed, as after a kill -9
    ProcessHandle.of(hook).ifPresent(ProcessHandle::destroyForcibly);

    Files.delete(tmp.resolve("gate"));
    // This call finds no daemon and starts one: let that one go as soon as it is idle.
    ProcessResult next =
        run(
            repo.root(),
            Map.of("PRECOMMIT_DAEMON_IDLE", "1"),
            repo.root().resolve(".git/hooks/pre-commit").toString());
    assertThat(next.exitCode()).as(next.outputText()).isZero();
    assertRestored(repo);
  }

  @Test
  void concurrentCommitsInTwoRepositoriesRunIndependently() throws Exception {
    fixture.startDaemon(DaemonFixture.KEY);
    Path launcher =
        fixture.clientLauncher("client", DaemonFixture.KEY, fixture.token(DaemonFixture.KEY));
    List<TempGitRepo> repos = new ArrayList<>();
    for (String name : List.of("one", "two")) {
      TempGitRepo repo = TempGitRepo.init(tmp.resolve(name));
      String config =
          "repos:\n-   repo: local\n    hooks:\n    -   id: slow\n        name: slow\n"
              + "        entry: sh -c 'sleep 1; pwd; cat \"$@\"' --\n        language: system\n"
              + "        verbose: true\n";
      repo.write(".pre-commit-config.yaml", config).write("f.txt", "init\n").stageAll().commit("i");
      assertThat(run(repo.root(), Map.of(), launcher.toString(), "install").exitCode()).isZero();
      repo.write("f.txt", name + " staged\n").stage("f.txt").write("f.txt", name + " unstaged\n");
      repos.add(repo);
    }
    List<java.util.concurrent.CompletableFuture<ProcessResult>> commits = new ArrayList<>();
    for (TempGitRepo repo : repos) {
      commits.add(
          java.util.concurrent.CompletableFuture.supplyAsync(
              () -> {
                try {
                  return run(repo.root(), Map.of(), "git", "commit", "-q", "-m", "c");
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              }));
    }
    for (int i = 0; i < repos.size(); i++) {
      ProcessResult result = commits.get(i).join();
      TempGitRepo repo = repos.get(i);
      String name = repo.root().getFileName().toString();
      assertThat(result.exitCode()).as(result.outputText()).isZero();
      assertThat(result.outputText())
          .contains(repo.root().toRealPath().toString())
          .contains(name + " staged")
          .doesNotContain(name + " unstaged");
      assertThat(repo.read("f.txt")).isEqualTo(name + " unstaged\n");
      assertThat(repo.git("show", "HEAD:f.txt")).isEqualTo(name + " staged\n");
    }
    assertThat(fixture.logText()).contains("request 4 [hook-impl");
  }

  @Test
  void theDaemonExitsWhenItsJarChangesAndWhenIdle() throws Exception {
    Path jar = Files.writeString(tmp.resolve("precommit.jar"), "build 1");
    Process replaced = fixture.startDaemon(DaemonFixture.KEY, Map.of(), "--watch", jar.toString());
    Files.writeString(jar, "build 2, reinstalled");
    assertThat(replaced.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(replaced.exitValue()).isZero();
    assertThat(fixture.socket(DaemonFixture.KEY)).doesNotExist();
    assertThat(fixture.token(DaemonFixture.KEY)).doesNotExist();
    assertThat(fixture.logText()).contains("exiting: the precommit build or the JDK changed");

    Process idle = fixture.startDaemon("idle", Map.of("PRECOMMIT_DAEMON_IDLE", "1"));
    assertThat(idle.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(fixture.logText()).contains("exiting: idle for PT1S");
    assertThat(fixture.socket("idle")).doesNotExist();
  }

  private static Frame frame(byte channel, String text) {
    return new Frame(channel, text.getBytes(StandardCharsets.UTF_8));
  }
}
