package dev.precommit.hooks.builtin;

import static dev.precommit.hooks.builtin.GitCheckFixture.context;
import static dev.precommit.hooks.builtin.GitCheckFixture.output;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.hooks.CheckResult;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseConflictCheckTest {
  private final CaseConflictCheck check = new CaseConflictCheck();
  private TempGitRepo repo;

  @BeforeEach
  void setUp(@TempDir Path dir) {
    repo = TempGitRepo.init(dir.resolve("repo"));
  }

  @Test
  void newFileConflictingWithTrackedFile() throws Exception {
    repo.write("README", "a").stageAll().commit("c");
    repo.write("readme", "b").stage("readme");

    CheckResult result = check.run(context(repo), List.of("readme"), List.of());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(output(result))
        .isEqualTo(
            "Case-insensitivity conflict found: README\n"
                + "Case-insensitivity conflict found: readme\n");
  }

  @Test
  void newDirectoryConflictingWithTrackedDirectory() throws Exception {
    repo.write("dir/a", "a").stageAll().commit("c");
    repo.write("DIR/b", "b").stage("DIR/b");

    CheckResult result = check.run(context(repo), List.of("DIR/b"), List.of());

    assertThat(output(result))
        .isEqualTo(
            "Case-insensitivity conflict found: DIR\n"
                + "Case-insensitivity conflict found: dir\n");
  }

  @Test
  void twoNewFilesConflictingWithEachOther() throws Exception {
    repo.write("x.txt", "a").write("X.txt", "b").stageAll();

    CheckResult result = check.run(context(repo), List.of("X.txt", "x.txt"), List.of());

    assertThat(output(result))
        .isEqualTo(
            "Case-insensitivity conflict found: X.txt\n"
                + "Case-insensitivity conflict found: x.txt\n");
  }

  @Test
  void distinctNamesPass() throws Exception {
    repo.write("a/b.txt", "a").stageAll().commit("c");
    repo.write("a/c.txt", "b").stageAll();

    CheckResult result = check.run(context(repo), List.of("a/c.txt"), List.of());

    assertThat(result.exitCode()).isZero();
    assertThat(output(result)).isEmpty();
  }
}
