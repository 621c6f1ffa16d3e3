package dev.precommit.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.precommit.testing.CliRun;
import dev.precommit.testing.EngineLauncher;
import dev.precommit.testing.TempGitRepo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A run stopped by Ctrl-C, SIGTERM, SIGHUP or SIGKILL, in a real process: what it prints, its exit
 * code, the hook processes it leaves (none), and the user's work (intact). The hook writes its pid
 * and its background child's pid and then waits for the child, so the test knows when it is running
 * and can check that the whole process tree is gone.
 */
class InterruptTest {
  private static final String LINE = "slow hook" + ".".repeat(64);

  @TempDir Path dir;
  private TempGitRepo repo;
  private Path launcher;
  private Path marks;
  private Map<String, String> env;
  private final List<Process> started = new ArrayList<>();

  @BeforeEach
  void setUp() throws Exception {
    launcher = EngineLauncher.write(dir.resolve("bin"));
    marks = Files.createDirectories(dir.resolve("marks"));
    Path hook = dir.resolve("hook.sh");
    // The child runs in the background, so SIGINT does not reach it (a non-interactive shell
    // ignores it there): only ending the hook's process tree ends it.
    Files.writeString(
        hook,
        """
        echo $$ > "$1/hook.pid.tmp" && mv "$1/hook.pid.tmp" "$1/hook.pid"
        sleep 600 &
        echo $! > "$1/child.pid.tmp" && mv "$1/child.pid.tmp" "$1/child.pid"
        wait
        """);
    repo = TempGitRepo.init(dir.resolve("repo"));
    env = repo.env();
    env.put("PATH", launcher.getParent() + ":" + env.get("PATH"));
    repo.write(
            ".pre-commit-config.yaml",
            """
            repos:
            -   repo: local
                hooks:
                -   id: slow
                    name: slow hook
                    entry: sh %s %s
                    language: system
                    pass_filenames: false
                    always_run: true
                -   id: after
                    name: after hook
                    entry: touch %s/after-ran
                    language: system
                    pass_filenames: false
                    always_run: true
            """
                .formatted(hook, marks, marks))
        .write("a.txt", "one\ntwo\n")
        .stageAll()
        .commit("init");
  }

  @AfterEach
  void endWhatIsLeft() {
    for (Process p : started) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
    for (String name : List.of("hook.pid", "child.pid")) {
      Path file = marks.resolve(name);
      if (Files.exists(file)) {
        ProcessHandle.of(pid(file)).ifPresent(ProcessHandle::destroyForcibly);
      }
    }
  }

  /** A staged change with an unstaged one on top, and an untracked file: the stash has work. */
  private String partlyStaged() {
    repo.write("a.txt", "one\ntwo staged\n").stage("a.txt");
    repo.write("a.txt", "one\ntwo staged\nthree unstaged\n").write("new.txt", "untracked\n");
    return state();
  }

  /** The work tree's files and the index, for comparing before and after. */
  private String state() {
    return repo.read("a.txt")
        + "|"
        + (Files.exists(repo.path("new.txt")) ? repo.read("new.txt") : "-")
        + "|"
        + repo.git("ls-files", "-s")
        + "|"
        + repo.git("status", "--porcelain", "--", "a.txt", "new.txt");
  }

  @Test
  void ctrlCDuringACommitPrintsPreCommitsInterruptLineAndRestores() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/setsid")), "needs setsid");
    assertThat(run(launcher.toString(), "install").waitFor()).isZero();
    String before = partlyStaged();

    // In a session of its own, as in a terminal: Ctrl-C signals the whole foreground group.
    Launched commit = launch("/usr/bin/setsid", "git", "commit", "-q", "-m", "interrupted");
    awaitHook();
    signal("INT", "-" + commit.process.pid());
    String out = commit.output();

    assertThat(normalised(out))
        .isEqualTo(
            "[WARNING] Unstaged files detected.\n"
                + "[INFO] Stashing unstaged files to <patch>.\n"
                + LINE
                + "[INFO] Restored changes from <patch>.\n"
                + "Interrupted (^C): KeyboardInterrupt: \n"
                + "Check the log at <cache>/precommit.log\n");
    assertHookTreeGone();
    assertThat(marks.resolve("after-ran")).doesNotExist();
    assertThat(state()).isEqualTo(before);
    assertThat(repo.git("log", "--format=%s")).isEqualTo("init\n");
    assertThat(repo.path(".git/index.lock")).doesNotExist();
  }

  @Test
  void sigintToPrecommitAloneEndsTheHooksProcessTreeAndExits130() throws Exception {
    String before = partlyStaged();

    Launched run = launch(launcher.toString(), "run");
    awaitHook();
    signal("INT", Long.toString(run.process.pid()));
    String out = run.output();

    assertThat(run.process.exitValue()).isEqualTo(130);
    assertThat(normalised(out))
        .isEqualTo(
            "[WARNING] Unstaged files detected.\n"
                + "[INFO] Stashing unstaged files to <patch>.\n"
                + LINE
                + "[INFO] Restored changes from <patch>.\n"
                + "Interrupted (^C): KeyboardInterrupt: \n"
                + "Check the log at <cache>/precommit.log\n");
    assertHookTreeGone();
    assertThat(marks.resolve("after-ran")).doesNotExist();
    assertThat(state()).isEqualTo(before);
    assertThat(Files.readString(Path.of(env.get("PRECOMMIT_HOME"), "precommit.log")))
        .contains("Interrupted (^C): KeyboardInterrupt: ");
  }

  @Test
  void sigintWithNothingStashedEndsTheHookAndSaysSo() throws Exception {
    repo.write("a.txt", "one\ntwo staged\n").stage("a.txt");
    String before = state();

    Launched run = launch(launcher.toString(), "run");
    awaitHook();
    signal("INT", Long.toString(run.process.pid()));
    String out = run.output();

    assertThat(run.process.exitValue()).isEqualTo(130);
    assertThat(normalised(out))
        .isEqualTo(
            LINE
                + "Interrupted (^C): KeyboardInterrupt: \n"
                + "Check the log at <cache>/precommit.log\n");
    assertHookTreeGone();
    assertThat(state()).isEqualTo(before);
  }

  /** pre-commit dies of these without a word; precommit restores first, and says only that. */
  @ParameterizedTest
  @CsvSource({"TERM, 143", "HUP, 129"})
  void sigtermAndSighupRestoreEndTheHooksAndExitWithTheSignalsCode(String name, int code)
      throws Exception {
    String before = partlyStaged();

    Launched run = launch(launcher.toString(), "run");
    awaitHook();
    signal(name, Long.toString(run.process.pid()));
    String out = run.output();

    assertThat(run.process.exitValue()).isEqualTo(code);
    assertThat(normalised(out))
        .isEqualTo(
            "[WARNING] Unstaged files detected.\n"
                + "[INFO] Stashing unstaged files to <patch>.\n"
                + LINE
                + "[INFO] Restored changes from <patch>.\n");
    assertHookTreeGone();
    assertThat(marks.resolve("after-ran")).doesNotExist();
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void afterSigkillTheNextRunEndsTheHooksLeftRunningAndRestores() throws Exception {
    String before = partlyStaged();
    Launched run = launch(launcher.toString(), "run");
    awaitHook();
    long jvm = run.process.pid();
    run.process.destroyForcibly();
    run.outputOfKilled();
    long hook = pid(marks.resolve("hook.pid"));
    long child = pid(marks.resolve("child.pid"));
    assertThat(alive(hook)).as("the killed run's hook is left running").isTrue();
    assertThat(alive(child)).isTrue();
    assertThat(repo.read("a.txt")).isEqualTo("one\ntwo staged\n");
    Files.delete(marks.resolve("hook.pid"));
    Files.delete(marks.resolve("child.pid"));

    env.put("SKIP", "slow,after");
    CliRun next = CliRun.in(repo.root(), env, "run");

    assertThat(normalised(next.out()))
        .startsWith(
            "[WARNING] A precommit run (pid "
                + jvm
                + ") was killed and left 1 hook process running; stopped it.\n"
                + "[WARNING] A precommit run (pid "
                + jvm
                + ") was killed before it restored your unstaged changes; restoring them now.\n"
                + "[INFO] Restored changes from <patch>.\n");
    assertThat(next.exitCode()).as(next.out() + next.err()).isZero();
    awaitGone(hook);
    awaitGone(child);
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void afterSigkillAndAnEditTheNextRunRefusesWithoutSayingItRestores() throws Exception {
    partlyStaged();
    Launched run = launch(launcher.toString(), "run");
    awaitHook();
    run.process.destroyForcibly();
    run.outputOfKilled();
    repo.write("a.txt", "edited since\n");

    CliRun next = CliRun.in(repo.root(), env, "run");

    assertThat(next.exitCode()).isEqualTo(1);
    assertThat(next.out()).doesNotContain("restoring them now");
    assertThat(next.out()).contains("left 1 hook process running; stopped it.");
    assertThat(next.err())
        .contains("a.txt has changed since, so nothing was touched")
        .contains("precommit recover");
    assertThat(repo.read("a.txt")).isEqualTo("edited since\n");
  }

  private void assertHookTreeGone() throws Exception {
    awaitGone(pid(marks.resolve("hook.pid")));
    awaitGone(pid(marks.resolve("child.pid")));
  }

  /** The output with the cache and patch paths replaced, to compare with pre-commit's. */
  private String normalised(String out) {
    String cache = env.get("PRECOMMIT_HOME");
    Matcher m = Pattern.compile(Pattern.quote(cache) + "/patch[0-9]+-[0-9]+").matcher(out);
    return m.replaceAll("<patch>").replace(cache, "<cache>");
  }

  private Process run(String... command) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(repo.root().toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    builder.redirectErrorStream(true);
    Process process = builder.start();
    started.add(process);
    return process;
  }

  private Launched launch(String... command) throws IOException {
    return new Launched(run(command));
  }

  /** Waits (up to a minute) until the hook has written both pids. */
  private void awaitHook() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.exists(marks.resolve("child.pid"))) {
      assertThat(System.nanoTime()).as("the hook never started").isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  private static void signal(String name, String target) throws Exception {
    Process kill = new ProcessBuilder("kill", "-s", name, "--", target).inheritIO().start();
    assertThat(kill.waitFor()).isZero();
  }

  private static long pid(Path file) {
    try {
      return Long.parseLong(Files.readString(file).strip());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static boolean alive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /** Waits up to ten seconds for {@code pid} to be gone (an orphan is reaped by init meanwhile). */
  private static void awaitGone(long pid) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (alive(pid) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(alive(pid)).as("process %d is left running", pid).isFalse();
  }

  /** A started process and everything it prints (stdout and stderr together). */
  private static final class Launched {
    final Process process;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Thread reader;

    Launched(Process process) {
      this.process = process;
      this.reader =
          new Thread(
              () -> {
                try (InputStream in = process.getInputStream()) {
                  in.transferTo(bytes);
                } catch (IOException e) {
                  // the process is gone
                }
              });
      reader.setDaemon(true);
      reader.start();
    }

    /**
     * Waits (up to a minute) for the process and every other writer of its output to end, and
     * returns what it printed.
     */
    String output() throws Exception {
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the process ended").isTrue();
      reader.join(60_000);
      return bytes.toString(StandardCharsets.UTF_8);
    }

    /** What a process killed with SIGKILL printed (the hooks it left hold its output open). */
    String outputOfKilled() throws Exception {
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the process ended").isTrue();
      return bytes.toString(StandardCharsets.UTF_8);
    }
  }
}
