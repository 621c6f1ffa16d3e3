package dev.precommit.stash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precommit.FatalException;
import dev.precommit.cli.Cli;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Real processes killed at every step of a stash (SIGKILL) or interrupted (SIGTERM, SIGINT): the
 * user's unstaged work must come back byte for byte, by the signal handler or by the next run.
 */
class StashCrashTest {
  @TempDir Path dir;
  private StashFixture f;
  private Map<String, String> before;
  private String indexBefore;

  @BeforeEach
  void richRepository() throws IOException {
    f = new StashFixture(dir);
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 10; i++) {
      lines.append("line ").append(i).append('\n');
    }
    byte[] binary = new byte[300];
    new Random(1).nextBytes(binary);
    f.repo
        .write("a.txt", lines.toString())
        .write("b.bin", binary)
        .write("c.txt", "deleted later\n")
        .write("d.sh", "echo hi\n")
        .write("crlf.txt", "one\r\ntwo\r\n")
        .write("clean.txt", "clean\n")
        .stageAll()
        .commit("init");
    f.repo.write("a.txt", lines.toString().replace("line 2\n", "line 2 staged\n")).stage("a.txt");
    f.repo.write("a.txt", lines.toString().replace("line 2\n", "line 2 staged\n") + "unstaged\n");
    binary[7] = 0;
    binary[299] = 42;
    f.repo.write("b.bin", binary);
    Files.delete(f.repo.path("c.txt"));
    f.repo.executable("d.sh");
    f.repo.write("crlf.txt", "one\r\ntwo\r\nthree\r\n");
    f.repo.write("ita.txt", "intent to add\n").git("add", "-N", "--", "ita.txt");
    f.repo.write("untracked.txt", "untracked\n");
    before = StashFixture.worktree(f.repo.root());
    indexBefore = f.index();
  }

  @ParameterizedTest
  @EnumSource(Checkpoint.Step.class)
  void sigkillAtAnyStepIsUndoneByTheNextRun(Checkpoint.Step step) throws Exception {
    Child child = launch("stop-at", step.name());
    child.await("AT " + step);
    child.kill();
    assertThat(f.repo.path(".git/" + StashJournal.FILE_NAME)).exists();

    try (RepoLock lock = f.lock()) {
      Recovery.recoverIfNeeded(lock, f.out);
    }
    assertRestored();
    assertThat(f.output()).contains("was killed before it restored your unstaged changes");
  }

  @Test
  void whenAHookHadRewrittenAStashedFileTheNextRunRefusesAndRecoverRestores() throws Exception {
    Child child = launch("hook-writes");
    child.await("IN_HOOK");
    child.kill();
    Map<String, String> afterKill = StashFixture.worktree(f.repo.root());
    assertThat(f.repo.read("a.txt")).isEqualTo("written by the hook\n");

    try (RepoLock lock = f.lock()) {
      assertThatThrownBy(() -> StagedFilesOnly.enter(lock, f.cache, f.out))
          .isInstanceOf(FatalException.class)
          .hasMessageEndingWith(
              "was killed while your unstaged changes were stashed, and a.txt has changed since,"
                  + " so nothing was touched. Restore your changes with: precommit recover");
    }
    assertThat(StashFixture.worktree(f.repo.root())).isEqualTo(afterKill);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code =
        new Cli(new ByteArrayInputStream(new byte[0]), out, out, f.repo.root(), f.repo.env())
            .execute("recover");
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(code).as(printed).isZero();
    assertRestored();
    String kept =
        printed.substring(printed.indexOf("Kept the content a.txt had before recovery in ") + 46);
    kept = kept.substring(0, kept.indexOf(".\n"));
    assertThat(Files.readString(Path.of(kept))).isEqualTo("written by the hook\n");

    out.reset();
    assertThat(
            new Cli(new ByteArrayInputStream(new byte[0]), out, out, f.repo.root(), f.repo.env())
                .execute("recover"))
        .isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("[INFO] Nothing to recover");
  }

  @Test
  void sigkillAtRandomMomentsNeverLosesUnstagedWork() throws Exception {
    Random random = new Random(20261126);
    int stashedWhenKilled = 0;
    for (int round = 0; round < 8; round++) {
      Child child = launch("loop", "100000");
      if (round % 2 == 1) {
        child.await("ITER 0"); // then somewhere inside the stash/restore cycles
        Thread.sleep(random.nextInt(400));
      } else {
        Thread.sleep(random.nextInt(1500)); // anywhere from start-up on
      }
      child.kill();
      if (Files.exists(f.repo.path(".git/" + StashJournal.FILE_NAME))) {
        stashedWhenKilled++;
      }
      try (RepoLock lock = f.lock()) {
        Recovery.recoverIfNeeded(lock, f.out);
      }
      assertRestored();
    }
    System.out.println("random SIGKILL: 8 rounds, " + stashedWhenKilled + " killed mid-stash");
  }

  @Test
  void sigtermRestoresStopsTheHookAndExits143() throws Exception {
    interruptedRunRestores("TERM", 143);
  }

  @Test
  void sigintRestoresStopsTheHookAndExits130() throws Exception {
    interruptedRunRestores("INT", 130);
  }

  private void interruptedRunRestores(String signal, int exitCode) throws Exception {
    Child child = launch("hook-waits-for-child");
    String line = child.await("IN_HOOK ");
    long hookPid = Long.parseLong(line.substring("IN_HOOK ".length()));
    assertThat(f.repo.read("a.txt")).doesNotContain("unstaged");
    new ProcessBuilder("kill", "-" + signal, Long.toString(child.process.pid()))
        .inheritIO()
        .start()
        .waitFor();
    assertThat(child.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(child.process.exitValue()).isEqualTo(exitCode);
    assertRestored();
    assertThat(child.lines()).anyMatch(l -> l.startsWith("[INFO] Restored changes from "));
    assertThat(ProcessHandle.of(hookPid).map(ProcessHandle::isAlive).orElse(false))
        .as("the hook process is stopped")
        .isFalse();
  }

  @Test
  void aSecondProcessWaitsForTheLockThenFailsNamingTheHolder() throws Exception {
    Child child = launch("hook-waits-for-child");
    child.await("IN_HOOK ");
    assertThatThrownBy(() -> RepoLock.acquire(f.git(), f.out, Duration.ofMillis(300)))
        .isInstanceOf(FatalException.class)
        .hasMessageContaining("(pid " + child.process.pid() + ")");
    child.kill();
    try (RepoLock lock = f.lock()) {
      Recovery.recoverIfNeeded(lock, f.out);
    }
    assertRestored();
  }

  private void assertRestored() {
    assertThat(StashFixture.worktree(f.repo.root())).isEqualTo(before);
    assertThat(f.index()).isEqualTo(indexBefore);
    assertThat(f.repo.path(".git/" + StashJournal.FILE_NAME)).doesNotExist();
  }

  private Child launch(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"));
    command.addAll(List.of("-cp", System.getProperty("java.class.path")));
    command.add(StashProcessMain.class.getName());
    command.add(f.repo.root().toString());
    command.add(f.cache.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().clear();
    builder.environment().putAll(f.repo.env());
    return new Child(builder.start());
  }

  /** A running StashProcessMain and the lines it printed. */
  private static final class Child {
    final Process process;
    private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    Child(Process process) {
      this.process = process;
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader in =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  for (String line; (line = in.readLine()) != null; ) {
                    queue.add(line);
                  }
                } catch (IOException e) {
                  // the process is gone
                }
                queue.add("<EOF>");
              });
      reader.setDaemon(true);
      reader.start();
    }

    /** Waits for a line starting with {@code prefix} and returns it. */
    String await(String prefix) throws InterruptedException {
      while (true) {
        String line = queue.poll(60, TimeUnit.SECONDS);
        assertThat(line)
            .as("waiting for %s; saw %s", prefix, seen)
            .isNotNull()
            .isNotEqualTo("<EOF>");
        seen.add(line);
        if (line.startsWith(prefix)) {
          return line;
        }
      }
    }

    List<String> lines() throws InterruptedException {
      while (true) {
        String line = queue.poll(10, TimeUnit.SECONDS);
        if (line == null || line.equals("<EOF>")) {
          return seen;
        }
        seen.add(line);
      }
    }

    /** SIGKILL, then waits for the process and for any git it left running to finish. */
    void kill() throws Exception {
      List<ProcessHandle> children = process.descendants().toList();
      process.destroyForcibly();
      process.waitFor();
      for (ProcessHandle child : children) {
        if (child.info().command().map(c -> c.endsWith("sleep")).orElse(false)) {
          child.destroyForcibly();
        }
        child.onExit().get(30, TimeUnit.SECONDS);
      }
    }
  }
}
