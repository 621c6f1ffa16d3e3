package dev.precommit.stash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.git.GitRepo;
import dev.precommit.testing.TempGitRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hook path's shortcut: {@link StagedFilesOnly#nothingToStash} must say "clean" only when the
 * full protocol would find nothing to set aside.
 */
class NothingToStashTest {
  @TempDir Path dir;
  private TempGitRepo repo;

  @BeforeEach
  void init() {
    repo = TempGitRepo.init(dir.resolve("repo"));
    repo.write("a.txt", "a\n").write("b.txt", "b\n").stageAll().commit("init");
  }

  private boolean clean() {
    return StagedFilesOnly.nothingToStash(GitRepo.discover(repo.root(), repo.env()));
  }

  @Test
  void stagedChangesAloneAreClean() {
    repo.write("a.txt", "a2\n").write("new.txt", "n\n").stage("a.txt", "new.txt");
    repo.git("mv", "b.txt", "moved.txt");

    assertThat(clean()).isTrue();
  }

  @Test
  void anUnstagedEditIsNotClean() {
    repo.write("a.txt", "a2\n").stage("a.txt");
    repo.write("a.txt", "a3\n");

    assertThat(clean()).isFalse();
  }

  @Test
  void anUnstagedDeletionIsNotClean() throws IOException {
    Files.delete(repo.path("b.txt"));

    assertThat(clean()).isFalse();
  }

  @Test
  void anUnstagedModeChangeIsNotClean() {
    repo.executable("a.txt");

    assertThat(clean()).isFalse();
  }

  @Test
  void anIntentToAddEntryIsNotClean() {
    repo.write("later.txt", "l\n").git("add", "--intent-to-add", "later.txt");

    assertThat(clean()).isFalse();
  }

  @Test
  void anUnmergedPathIsNotClean() {
    repo.git("checkout", "-q", "-b", "other");
    repo.write("a.txt", "other\n").stage("a.txt").commit("other");
    repo.git("checkout", "-q", "main");
    repo.write("a.txt", "main\n").stage("a.txt").commit("main");
    repo.gitResult("merge", "-q", "other");

    assertThat(clean()).isFalse();
  }

  @Test
  void aFileTouchedButUnchangedIsClean() {
    repo.write("a.txt", "a\n");

    assertThat(clean()).isTrue();
  }
}
