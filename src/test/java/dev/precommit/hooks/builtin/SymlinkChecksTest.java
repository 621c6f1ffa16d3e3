package dev.precommit.hooks.builtin;

import static dev.precommit.hooks.builtin.GitCheckFixture.context;
import static dev.precommit.hooks.builtin.GitCheckFixture.output;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.hooks.CheckResult;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check-symlinks and destroyed-symlinks. */
class SymlinkChecksTest {
  private TempGitRepo repo;

  @BeforeEach
  void setUp(@TempDir Path dir) {
    repo = TempGitRepo.init(dir.resolve("repo"));
  }

  @Test
  void brokenSymlinkIsReported() throws Exception {
    repo.write("target.txt", "t");
    Files.createSymbolicLink(repo.path("good"), Path.of("target.txt"));
    Files.createSymbolicLink(repo.path("bad"), Path.of("missing.txt"));

    CheckResult result =
        new BrokenSymlinksCheck().run(context(repo), List.of("bad", "good"), List.of());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(output(result)).isEqualTo("bad: Broken symlink\n");
  }

  @Test
  void symlinkReplacedByItsTargetPathIsDestroyed() throws Exception {
    repo.write("target.txt", "t");
    Files.createSymbolicLink(repo.path("my link"), Path.of("target.txt"));
    Files.createSymbolicLink(repo.path("other"), Path.of("target.txt"));
    repo.stageAll().commit("links");
    Files.delete(repo.path("my link"));
    Files.delete(repo.path("other"));
    repo.write("my link", "target.txt");
    repo.write("other", "target.txt\r\n");
    repo.stageAll();

    CheckResult result =
        new DestroyedSymlinksCheck().run(context(repo), List.of("my link", "other"), List.of());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(output(result))
        .isEqualTo(
            "Destroyed symlinks:\n"
                + "- my link\n"
                + "- other\n"
                + "You should unstage affected files:\n"
                + "\tgit reset HEAD -- 'my link' other\n"
                + "And retry commit. As a long term solution you may try to explicitly tell git"
                + " that your environment does not support symlinks:\n"
                + "\tgit config core.symlinks false\n");
  }

  @Test
  void manyFilesAreCheckedWithOneStatusOfTheTree() throws Exception {
    repo.write("target.txt", "t");
    Files.createSymbolicLink(repo.path("link"), Path.of("target.txt"));
    Files.createSymbolicLink(repo.path("unselected"), Path.of("target.txt"));
    List<String> files = new java.util.ArrayList<>(List.of("link", "target.txt"));
    for (int i = 0; i < 300; i++) {
      repo.write("f" + i, "x");
      files.add("f" + i);
    }
    repo.stageAll().commit("links");
    for (String link : List.of("link", "unselected")) {
      Files.delete(repo.path(link));
      repo.write(link, "target.txt");
    }
    repo.stageAll();

    CheckResult result = new DestroyedSymlinksCheck().run(context(repo), files, List.of());

    assertThat(output(result)).startsWith("Destroyed symlinks:\n- link\nYou should unstage");
  }

  @Test
  void symlinkReplacedByOtherContentIsNotDestroyed() throws Exception {
    repo.write("target.txt", "t");
    Files.createSymbolicLink(repo.path("link"), Path.of("target.txt"));
    repo.stageAll().commit("links");
    Files.delete(repo.path("link"));
    repo.write("link", "a real file now\n").stageAll();

    CheckResult result =
        new DestroyedSymlinksCheck().run(context(repo), List.of("link"), List.of());

    assertThat(result.exitCode()).isZero();
    assertThat(output(result)).isEmpty();
  }
}
