package dev.precommit.stash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stashes marked restored, and {@code gc} deleting the old ones and nothing else. */
class RestoredPatchesTest {
  @TempDir Path dir;

  private StashFixture partiallyStaged() {
    StashFixture f = new StashFixture(dir);
    f.repo.write("a.txt", "a\n").stageAll().commit("init");
    f.repo.write("a.txt", "staged\n").stage("a.txt").write("a.txt", "unstaged\n");
    return f;
  }

  /** One complete stash of the fixture's unstaged change; returns its patch. */
  private static Path stashAndRestore(StashFixture f) {
    try (RepoLock lock = f.lock();
        StagedFilesOnly stash = f.enter(lock)) {
      return stash.patch();
    }
  }

  private static Path marker(Path patch) {
    return patch.resolveSibling(patch.getFileName() + ".restored");
  }

  private static Path copies(Path patch) {
    return patch.resolveSibling(patch.getFileName() + ".files");
  }

  private static void restoredAgo(Path patch, Duration age) throws IOException {
    Files.setLastModifiedTime(marker(patch), FileTime.from(Instant.now().minus(age)));
  }

  @Test
  void aStashThatIsRestoredMarksItsPatch() {
    StashFixture f = partiallyStaged();

    Path patch = stashAndRestore(f);

    assertThat(f.repo.read("a.txt")).isEqualTo("unstaged\n");
    assertThat(patch).isRegularFile();
    assertThat(copies(patch)).isDirectory();
    assertThat(marker(patch)).isRegularFile();
  }

  @Test
  void aKilledStashIsNotMarkedUntilItIsRecovered() throws Exception {
    StashFixture f = partiallyStaged();
    try (RepoLock lock = f.lock()) {
      StagedFilesOnly stash = f.enter(lock);
      StashJournal journal = StashJournal.read(lock.journal()).orElseThrow();
      // As SIGKILL leaves it: the record of a process that is gone, the scope never closed.
      Process gone = new ProcessBuilder("true").start();
      gone.waitFor();
      new StashJournal(
              gone.pid(),
              -1,
              journal.phase(),
              journal.root(),
              journal.patch(),
              journal.copies(),
              journal.intentToAdd(),
              journal.files())
          .write(lock.journal());
      assertThat(marker(journal.patch())).doesNotExist();

      Recovery.recoverIfNeeded(lock, f.out);

      assertThat(f.repo.read("a.txt")).isEqualTo("unstaged\n");
      assertThat(marker(journal.patch())).isRegularFile();
      stash.close();
    }
  }

  @Test
  void gcDeletesStashesRestoredMoreThanThirtyDaysAgoAndNothingElse() throws Exception {
    StashFixture f = partiallyStaged();
    List<Path> patches = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      patches.add(stashAndRestore(f));
    }
    Path old = patches.get(0);
    Path recent = patches.get(1);
    Path withKept = patches.get(2);
    restoredAgo(old, Duration.ofDays(31));
    restoredAgo(recent, Duration.ofDays(29));
    restoredAgo(withKept, Duration.ofDays(90));
    Files.createDirectories(copies(withKept).resolve("kept"));
    Files.writeString(copies(withKept).resolve("kept/0"), "what recover kept aside\n");
    // A killed run's stash that was never recovered: no marker, however old.
    Path unrestored = f.cache.resolve("patch1000000000-4242");
    Files.writeString(unrestored, "diff --git a/a.txt b/a.txt\n");
    Files.createDirectories(copies(unrestored));
    Files.writeString(copies(unrestored).resolve("0"), "someone's work\n");
    FileTime longAgo = FileTime.from(Instant.now().minus(Duration.ofDays(400)));
    Files.setLastModifiedTime(unrestored, longAgo);
    Files.setLastModifiedTime(copies(unrestored).resolve("0"), longAgo);
    Map<String, String> env = f.repo.env();
    env.put("PRECOMMIT_HOME", f.cache.toString());

    CliRun gc = CliRun.in(f.repo.root(), env, "gc");

    assertThat(gc.exitCode()).as(gc.err()).isZero();
    assertThat(gc.out())
        .isEqualTo(
            "0 repo(s) removed.\n"
                + "1 restored stash patch(es) removed (restored more than 30 days ago).\n");
    assertThat(old).doesNotExist();
    assertThat(copies(old)).doesNotExist();
    assertThat(marker(old)).doesNotExist();
    for (Path kept : List.of(recent, withKept)) {
      assertThat(kept).isRegularFile();
      assertThat(copies(kept)).isDirectory();
      assertThat(marker(kept)).isRegularFile();
    }
    assertThat(copies(withKept).resolve("kept/0")).hasContent("what recover kept aside");
    assertThat(unrestored).isRegularFile();
    assertThat(copies(unrestored).resolve("0")).hasContent("someone's work");

    CliRun again = CliRun.in(f.repo.root(), env, "gc");
    assertThat(again.out()).isEqualTo("0 repo(s) removed.\n");
  }
}
