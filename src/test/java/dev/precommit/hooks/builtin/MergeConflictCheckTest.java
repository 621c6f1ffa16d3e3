package dev.precommit.hooks.builtin;

import static dev.precommit.hooks.builtin.GitCheckFixture.context;
import static dev.precommit.hooks.builtin.GitCheckFixture.output;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.precommit.hooks.CheckResult;
import dev.precommit.hooks.Finding;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeConflictCheckTest {
  private static final String MARKERS =
      "<<<<<<< HEAD\r\nours\n=======\r\n======= x\ntheirs\n>>>>>>> branch\n=======\n=======";

  private final MergeConflictCheck check = new MergeConflictCheck();
  private TempGitRepo repo;

  @BeforeEach
  void setUp(@TempDir Path dir) {
    repo = TempGitRepo.init(dir.resolve("repo"));
  }

  @Test
  void outsideAMergeMarkersAreIgnored() throws Exception {
    repo.write("f.txt", MARKERS);

    CheckResult result = check.run(context(repo), List.of("f.txt"), List.of());

    assertThat(result.exitCode()).isZero();
    assertThat(output(result)).isEmpty();
  }

  @Test
  void assumeInMergeReportsEveryMarkerLine() throws Exception {
    repo.write("f.txt", MARKERS);

    CheckResult result = check.run(context(repo), List.of("f.txt"), List.of("--assume-in-merge"));

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(output(result))
        .isEqualTo(
            "f.txt:1: Merge conflict string '<<<<<<<' found\n"
                + "f.txt:3: Merge conflict string '=======' found\n"
                + "f.txt:4: Merge conflict string '=======' found\n"
                + "f.txt:6: Merge conflict string '>>>>>>>' found\n"
                + "f.txt:7: Merge conflict string '=======' found\n");
    assertThat(result.findings())
        .extracting(Finding::file, Finding::line)
        .containsExactly(
            tuple("f.txt", 1),
            tuple("f.txt", 3),
            tuple("f.txt", 4),
            tuple("f.txt", 6),
            tuple("f.txt", 7));
  }

  @Test
  void duringARealMergeConflictTheMarkersAreFound() throws Exception {
    repo.write("f.txt", "base\n").stageAll().commit("base");
    repo.git("checkout", "-q", "-b", "other");
    repo.write("f.txt", "theirs\n").stageAll().commit("theirs");
    repo.git("checkout", "-q", "main");
    repo.write("f.txt", "ours\n").stageAll().commit("ours");
    assertThat(repo.gitResult("merge", "other").exitCode()).isNotZero();

    CheckResult result = check.run(context(repo), List.of("f.txt"), List.of());

    assertThat(output(result))
        .isEqualTo(
            "f.txt:1: Merge conflict string '<<<<<<<' found\n"
                + "f.txt:3: Merge conflict string '=======' found\n"
                + "f.txt:5: Merge conflict string '>>>>>>>' found\n");
    assertThat(result.exitCode()).isEqualTo(1);
  }
}
