package dev.precommit.stash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precommit.FatalException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RecoveryTest {
  @TempDir Path dir;

  private StashFixture partiallyStaged() {
    StashFixture f = new StashFixture(dir);
    f.repo.write("a.txt", "a\n").write("b.txt", "b\n").stageAll().commit("init");
    f.repo.write("a.txt", "staged\n").stage("a.txt").write("a.txt", "unstaged\n");
    f.repo.write("new.txt", "new\n").git("add", "-N", "--", "new.txt");
    return f;
  }

  @Test
  void nothingToDoWithoutARecord() {
    StashFixture f = partiallyStaged();
    try (RepoLock lock = f.lock()) {
      Recovery.recoverIfNeeded(lock, f.out);
      assertThat(Recovery.recoverForcibly(lock, f.out)).isFalse();
    }
    assertThat(f.output()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = Checkpoint.Step.class,
      names = {"INTENT_TO_ADD_RECORDED", "INTENT_TO_ADD_CLEARED", "PATCH_SAVED", "CHECKED_OUT"})
  void aStashThatFailsHalfWayInPutsEverythingBackBeforeThrowing(Checkpoint.Step step) {
    StashFixture f = partiallyStaged();
    Map<String, String> before = StashFixture.worktree(f.repo.root());
    String index = f.index();
    try (RepoLock lock = f.lock()) {
      assertThatThrownBy(
              () ->
                  StagedFilesOnly.enter(
                      lock,
                      f.cache,
                      f.out,
                      s -> {
                        if (s == step) {
                          throw new IllegalStateException("failed at " + s);
                        }
                      }))
          .hasMessage("failed at " + step);
      assertThat(lock.journal()).doesNotExist();
    }
    assertThat(StashFixture.worktree(f.repo.root())).isEqualTo(before);
    assertThat(f.index()).isEqualTo(index);
  }

  @Test
  void whenTheCopiesAreGoneItNamesTheGitApplyCommand() throws Exception {
    StashFixture f = partiallyStaged();
    StashJournal journal;
    try (RepoLock lock = f.lock()) {
      StagedFilesOnly stash = f.enter(lock);
      journal = StashJournal.read(lock.journal()).orElseThrow();
      // Simulate SIGKILL: rewrite the record as a dead process's and drop the copies.
      new StashJournal(
              deadPid(),
              -1,
              journal.phase(),
              journal.root(),
              journal.patch(),
              journal.copies(),
              journal.intentToAdd(),
              journal.files())
          .write(lock.journal());
      deleteTree(journal.copies());
      assertThat(f.repo.read("a.txt")).isEqualTo("staged\n");
      assertThatThrownBy(() -> Recovery.recoverIfNeeded(lock, f.out))
          .isInstanceOf(FatalException.class)
          .hasMessageContaining(
              "Restore the changes with: git apply --whitespace=nowarn " + journal.patch());
      Files.delete(lock.journal()); // as the message says, once applied
      f.repo.git("apply", "--whitespace=nowarn", journal.patch().toString());
      assertThat(f.repo.read("a.txt")).isEqualTo("unstaged\n");
      stash.close(); // the scope is still open in this JVM; closing it changes nothing now
      assertThat(f.repo.read("a.txt")).isEqualTo("unstaged\n");
    }
  }

  @Test
  void aRecordOfALiveProcessIsLeftAlone() throws Exception {
    StashFixture f = partiallyStaged();
    Process sleeper = new ProcessBuilder("sleep", "30").start();
    try (RepoLock lock = f.lock()) {
      long start = sleeper.toHandle().info().startInstant().map(i -> i.toEpochMilli()).orElse(-1L);
      new StashJournal(
              sleeper.pid(),
              start,
              StashJournal.Phase.STASHED,
              f.repo.root(),
              null,
              null,
              List.of(),
              List.of())
          .write(lock.journal());
      assertThatThrownBy(() -> Recovery.recoverIfNeeded(lock, f.out))
          .isInstanceOf(FatalException.class)
          .hasMessage(
              "precommit run pid "
                  + sleeper.pid()
                  + " still has this repository's unstaged changes stashed; wait for it to"
                  + " finish");
      assertThat(lock.journal()).exists();
    } finally {
      sleeper.destroyForcibly();
    }
  }

  @Test
  void theRecordRoundTripsAnyFileName() throws Exception {
    StashJournal journal =
        new StashJournal(
            12,
            34,
            StashJournal.Phase.STASHED,
            dir,
            dir.resolve("patch1-2"),
            dir.resolve("patch1-2.files"),
            List.of("tab\there", "new\nline", "key=value: x", "\u00e9t\u00e9 \u2603"),
            List.of(
                new StashJournal.SavedFile(
                    "a b/=c\\d",
                    FileState.ofBytes(new byte[] {1, 2}, true),
                    new FileState(FileState.Kind.ABSENT, false, ""),
                    0)));
    Path file = dir.resolve("record");
    journal.write(file);
    assertThat(StashJournal.read(file)).contains(journal);
    assertThat(StashJournal.read(dir.resolve("missing"))).isEmpty();
  }

  private static long deadPid() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    return p.pid();
  }

  private static void deleteTree(Path dir) throws Exception {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
