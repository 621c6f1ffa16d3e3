package dev.precommit.hooks.builtin;

import static dev.precommit.hooks.builtin.GitCheckFixture.context;
import static dev.precommit.hooks.builtin.GitCheckFixture.output;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.hooks.CheckResult;
import dev.precommit.hooks.Finding;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AddedLargeFilesCheckTest {
  private final AddedLargeFilesCheck check = new AddedLargeFilesCheck();
  private TempGitRepo repo;

  @BeforeEach
  void setUp(@TempDir Path dir) {
    repo = TempGitRepo.init(dir.resolve("repo"));
  }

  @Test
  void addedFileOverTheLimitFailsWithSizeRoundedUp() throws Exception {
    repo.write("big.bin", new byte[1025]).write("small.bin", new byte[1024]).stageAll();

    CheckResult result =
        check.run(context(repo), List.of("big.bin", "small.bin"), List.of("--maxkb=1"));

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(output(result)).isEqualTo("big.bin (2 KB) exceeds 1 KB.\n");
    assertThat(result.findings())
        .containsExactly(new Finding("big.bin", 0, "big.bin (2 KB) exceeds 1 KB."));
  }

  @Test
  void defaultLimitIsFiveHundredKilobytes() throws Exception {
    repo.write("at.bin", new byte[500 * 1024]).write("over.bin", new byte[500 * 1024 + 1]);
    repo.stageAll();

    CheckResult result = check.run(context(repo), List.of("at.bin", "over.bin"), List.of());

    assertThat(output(result)).isEqualTo("over.bin (501 KB) exceeds 500 KB.\n");
    assertThat(result.exitCode()).isEqualTo(1);
  }

  @Test
  void filesAlreadyCommittedOrNotStagedPassUnlessEnforceAll() throws Exception {
    repo.write("old.bin", new byte[3000]).stageAll().commit("old");
    repo.write("old.bin", new byte[4000]).stageAll();
    repo.write("untracked.bin", new byte[3000]);
    List<String> files = List.of("old.bin", "untracked.bin");

    CheckResult added = check.run(context(repo), files, List.of("--maxkb", "1"));
    CheckResult all = check.run(context(repo), files, List.of("--maxkb", "1", "--enforce-all"));

    assertThat(added.exitCode()).isZero();
    assertThat(output(added)).isEmpty();
    assertThat(all.exitCode()).isEqualTo(1);
    assertThat(output(all))
        .isEqualTo("old.bin (4 KB) exceeds 1 KB.\nuntracked.bin (3 KB) exceeds 1 KB.\n");
  }

  @Test
  void gitLfsFilesAreSkipped() throws Exception {
    repo.write(".gitattributes", "*.psd filter=lfs diff=lfs merge=lfs -text\n");
    repo.write("art.psd", new byte[5000]).write("art.bin", new byte[5000]).stageAll();

    CheckResult result =
        check.run(
            context(repo), List.of("art.bin", "art.psd"), List.of("--maxkb=1", "--enforce-all"));

    assertThat(output(result)).isEqualTo("art.bin (5 KB) exceeds 1 KB.\n");
  }

  @Test
  void hundredsOfFilesAreChecked() throws Exception {
    List<String> files = new java.util.ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String name = "some/longer/directory/name/file-" + i + ".txt";
      repo.write(name, "x");
      files.add(name);
    }
    repo.write("some/big.bin", new byte[3000]);
    files.add("some/big.bin");
    repo.stageAll();

    CheckResult result = check.run(context(repo), files, List.of("--maxkb=1"));

    assertThat(output(result)).isEqualTo("some/big.bin (3 KB) exceeds 1 KB.\n");
  }

  @Test
  void badMaxkbIsAnArgparseError() throws Exception {
    CheckResult result = check.run(context(repo), List.of(), List.of("--maxkb", "big"));

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(output(result))
        .isEqualTo(
            "usage: check-added-large-files [-h] [--enforce-all] [--maxkb MAXKB]\n"
                + "                               [filenames ...]\n"
                + "check-added-large-files: error: argument --maxkb: invalid int value: 'big'\n");
  }
}
