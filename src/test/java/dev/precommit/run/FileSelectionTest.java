package dev.precommit.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.testing.CliRun;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files hooks see, by the way the run was started, as pre-commit picks them. */
class FileSelectionTest {
  @TempDir Path dir;

  private static final String ECHO =
      """
      repos:
      -   repo: local
          hooks:
          -   id: echo
              name: echo
              entry: printf '%s\\n'
              language: system
              require_serial: true
              verbose: true
      """;

  private TempGitRepo repo() {
    return TempGitRepo.init(dir.resolve("repo")).write(".pre-commit-config.yaml", ECHO);
  }

  private static String filesOf(CliRun run) {
    String out = run.out();
    int start = out.indexOf("\n\n") + 2;
    return out.substring(start, out.length() - 2);
  }

  @Test
  void stagedFilesWithoutDeletionsByDefault() {
    TempGitRepo repo = repo();
    repo.write("gone.txt", "x").write("kept.txt", "x").stageAll().commit("first");
    repo.git("rm", "-q", "gone.txt");
    repo.write("new.txt", "x").write("untracked.txt", "x").stage("new.txt");

    assertThat(filesOf(CliRun.in(repo, "run"))).isEqualTo("new.txt");
  }

  @Test
  void allFilesIsEveryTrackedFile() {
    TempGitRepo repo = repo();
    repo.write("a.txt", "x").write("sub/b.txt", "x").stageAll().commit("first");
    repo.write("untracked.txt", "x");

    assertThat(filesOf(CliRun.in(repo, "run", "--all-files")))
        .isEqualTo(".pre-commit-config.yaml\na.txt\nsub/b.txt");
  }

  @Test
  void refsSelectTheFilesChangedBetweenThem() {
    TempGitRepo repo = repo();
    repo.write("a.txt", "x").stageAll().commit("first");
    repo.write("b.txt", "x").write("a.txt", "y").stageAll().commit("second");

    CliRun run = CliRun.in(repo, "run", "--from-ref", "HEAD~1", "--to-ref", "HEAD");

    assertThat(filesOf(run)).isEqualTo("a.txt\nb.txt");
  }

  @Test
  void anUnknownRefIsOneClearLine() {
    TempGitRepo repo = repo();
    repo.write("a.txt", "x").stageAll().commit("first");

    CliRun run = CliRun.in(repo, "run", "--from-ref", "nope", "--to-ref", "HEAD");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo("An error has occurred: `nope` is not a commit in this repository\n");
  }

  @Test
  void filesRelativeToASubdirectoryAreMadeRelativeToTheRoot() {
    TempGitRepo repo = repo();
    repo.write("sub/b.txt", "x").stageAll().commit("first");

    CliRun run = CliRun.in(repo.root().resolve("sub"), repo.env(), "run", "--files", "b.txt");

    assertThat(filesOf(run)).isEqualTo("sub/b.txt");
  }

  @Test
  void duringAMergeOnlyTheMergedFilesAreChecked() {
    TempGitRepo repo = repo();
    repo.write("base.txt", "x").write("c.txt", "base\n").stageAll().commit("base");
    repo.git("checkout", "-q", "-b", "other");
    repo.write("c.txt", "other\n").write("o.txt", "x").stageAll().commit("other");
    repo.git("checkout", "-q", "main");
    repo.write("c.txt", "main\n").stageAll().commit("main");
    assertThat(repo.gitResult("merge", "-q", "other").exitCode()).isNotZero();

    CliRun conflicted = CliRun.in(repo, "run");
    assertThat(conflicted.exitCode()).isEqualTo(1);
    assertThat(conflicted.out()).isEqualTo("[ERROR] Unmerged files.  Resolve before committing.\n");

    repo.write("c.txt", "resolved\n").stage("c.txt");
    CliRun resolved = CliRun.in(repo, "run");
    assertThat(resolved.out()).startsWith("[INFO] Checking merge-conflict files only.\n");
    // o.txt came over unchanged from the other branch: like pre-commit, only c.txt is checked.
    assertThat(filesOf(resolved)).isEqualTo("c.txt");
  }

  @Test
  void anEmptyRepositoryWithNothingStagedSkipsEveryHook() {
    TempGitRepo repo = TempGitRepo.init(dir.resolve("empty"));
    repo.write(".pre-commit-config.yaml", ECHO.replace("verbose: true", "files: \\.java$"));
    repo.stage(".pre-commit-config.yaml");

    CliRun run = CliRun.in(repo, "run");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("echo" + ".".repeat(49) + "(no files to check)Skipped\n");
  }

  @Test
  void tenThousandFilesGoThroughInBatches() throws Exception {
    TempGitRepo repo = TempGitRepo.init(dir.resolve("big"));
    repo.write(
        ".pre-commit-config.yaml",
        """
        repos:
        -   repo: local
            hooks:
            -   id: count
                name: count
                entry: sh -c 'echo $#' --
                language: system
                verbose: true
        """);
    for (int i = 0; i < 10_000; i++) {
      Path file = repo.path(String.format("d%02d/file-%05d.txt", i % 50, i));
      Files.createDirectories(file.getParent());
      Files.writeString(file, "x\n");
    }
    repo.stageAll().commit("many");

    CliRun run = CliRun.in(repo, "run", "--all-files");

    assertThat(run.exitCode()).isZero();
    int total = filesOf(run).lines().mapToInt(Integer::parseInt).sum();
    assertThat(total).isEqualTo(10_001);
    assertThat(filesOf(run).lines().count()).isGreaterThan(1);
  }
}
