package dev.precommit.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.ExitCodes;
import dev.precommit.testing.CliRun;
import dev.precommit.testing.TempGitRepo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code precommit run --dry-run} end to end: what it shows, and that it changes nothing. */
class DryRunTest {
  @TempDir Path dir;

  /** marker would leave a file behind if it ran; txt takes text files; ws is a built-in fixer. */
  private static final String CONFIG =
      """
      repos:
      -   repo: local
          hooks:
          -   id: marker
              name: Make marker
              entry: touch marker
              language: system
              types: [python]
              pass_filenames: false
          -   id: txt
              name: Text files
              entry: touch marker
              language: system
              types: [text]
              alias: tt
              description: looks at text
          -   id: nothing
              name: Nothing matches
              entry: touch marker
              language: system
              files: ^nope$
          -   id: push
              name: Push check
              entry: touch marker
              language: system
              stages: [pre-push]
      -   repo: builtin
          hooks:
          -   id: trailing-whitespace
      """;

  private TempGitRepo repo() {
    TempGitRepo repo = TempGitRepo.init(dir.resolve("repo"));
    repo.write(".pre-commit-config.yaml", CONFIG)
        .write("a.py", "x = 1\n")
        .write("b.txt", "b  \n")
        .write("c.bin", new byte[] {'b', 0, 'n'})
        .stageAll();
    return repo;
  }

  /** A status line as pre-commit prints it at 80 columns. */
  private static String line(String name, String postfix, String status) {
    return name
        + ".".repeat(79 - name.length() - postfix.length() - status.length())
        + postfix
        + status
        + "\n";
  }

  @Test
  void showsTheFilesEachHookWouldGetAndRunsNone() {
    TempGitRepo repo = repo();

    CliRun run = CliRun.in(repo, "run", "--dry-run");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .isEqualTo(
            line("Make marker", "", "Dry Run")
                + "- hook id: marker\n"
                + "\n"
                + "  `marker` would be run without filenames (pass_filenames: false)\n"
                + line("Text files", "", "Dry Run")
                + "- hook id: txt\n"
                + "- hook alias: tt\n"
                + "- description: looks at text\n"
                + "\n"
                + "  `txt` would be run on 3 files:\n"
                + "  - .pre-commit-config.yaml\n"
                + "  - a.py\n"
                + "  - b.txt\n"
                + line("Nothing matches", "(no files to check)", "Skipped")
                + line("trim trailing whitespace", "", "Dry Run")
                + "- hook id: trailing-whitespace\n"
                + "- description: trims trailing whitespace.\n"
                + "\n"
                + "  `trailing-whitespace` would be run on 3 files:\n"
                + "  - .pre-commit-config.yaml\n"
                + "  - a.py\n"
                + "  - b.txt\n");
    assertThat(repo.path("marker")).doesNotExist();
    // The control: a real run does start the marker hook.
    CliRun.in(repo, "run");
    assertThat(repo.path("marker")).exists();
  }

  @Test
  void leavesWorkingTreeIndexAndStashUntouched() {
    TempGitRepo repo = repo();
    repo.commit("init");
    repo.write("a.py", "x = 2   \n").stage("a.py").write("a.py", "x = 3   \n");
    repo.write("b.txt", "staged  \n").stage("b.txt").write("new.txt", "untracked  \n");
    Map<String, byte[]> before = snapshot(repo);
    String status = repo.git("status", "--porcelain=v1", "-uall");

    CliRun run = CliRun.in(repo, "run", "--dry-run");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("  `trailing-whitespace` would be run on 2 files:\n  - a.py\n  - b.txt\n")
        .doesNotContain("Unstaged");
    assertThat(snapshot(repo)).containsExactlyEntriesOf(before);
    assertThat(repo.git("status", "--porcelain=v1", "-uall")).isEqualTo(status);
    assertThat(repo.git("stash", "list")).isEmpty();
    assertThat(repo.path("marker")).doesNotExist();
  }

  @Test
  void skippedHooksShowAsSkipped() {
    TempGitRepo repo = repo();
    Map<String, String> env = repo.env();
    env.put("SKIP", "tt,trailing-whitespace");

    CliRun run = CliRun.in(repo.root(), env, "run", "--dry-run");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(line("Text files", "", "Skipped"))
        .contains(line("trim trailing whitespace", "", "Skipped"))
        .contains(line("Make marker", "", "Dry Run"))
        .doesNotContain("`txt` would be run");
  }

  @Test
  void allFilesFilesAndRefsPickTheCandidatesAsARunWould() {
    TempGitRepo repo = repo();
    repo.commit("init");
    repo.write("d.txt", "d\n").stageAll().commit("second");
    repo.write("e.txt", "e\n").stage("e.txt");

    String all = CliRun.in(repo, "run", "--dry-run", "--all-files", "txt").out();
    String files =
        CliRun.in(repo, "run", "--dry-run", "--files", "b.txt", "c.bin", "--", "txt").out();
    String refs =
        CliRun.in(repo, "run", "--dry-run", "--from-ref", "HEAD~1", "--to-ref", "HEAD", "txt")
            .out();
    String staged = CliRun.in(repo, "run", "--dry-run", "txt").out();

    assertThat(all)
        .endsWith(
            "  `txt` would be run on 5 files:\n"
                + "  - .pre-commit-config.yaml\n  - a.py\n  - b.txt\n  - d.txt\n  - e.txt\n");
    assertThat(files).endsWith("  `txt` would be run on 1 file:\n  - b.txt\n");
    assertThat(refs).endsWith("  `txt` would be run on 1 file:\n  - d.txt\n");
    assertThat(staged).endsWith("  `txt` would be run on 1 file:\n  - e.txt\n");
    assertThat(all).startsWith(line("Text files", "", "Dry Run")).doesNotContain("Make marker");
  }

  @Test
  void hookStageChoosesTheHooks() {
    TempGitRepo repo = repo();

    CliRun push = CliRun.in(repo, "run", "--dry-run", "--all-files", "--hook-stage", "pre-push");
    CliRun commit = CliRun.in(repo, "run", "--dry-run", "--all-files");

    assertThat(push.exitCode()).as(push.err()).isZero();
    assertThat(push.out()).contains(line("Push check", "", "Dry Run"));
    assertThat(commit.out()).doesNotContain("Push check");
  }

  @Test
  void unknownHookIdFailsAsRunDoes() {
    TempGitRepo repo = repo();

    CliRun dry = CliRun.in(repo, "run", "--dry-run", "nope");
    CliRun run = CliRun.in(repo, "run", "nope");

    assertThat(dry.exitCode()).isEqualTo(1).isEqualTo(run.exitCode());
    assertThat(dry.out()).isEqualTo("No hook with id `nope` in stage `pre-commit`\n");
  }

  @Test
  void hooksOfARepositoryNotInTheStoreShowAsNotInstalledWithoutCloning() {
    TempGitRepo repo = TempGitRepo.init(dir.resolve("repo"));
    repo.write(
            ".pre-commit-config.yaml",
            "repos:\n-   repo: ../hooks\n    rev: v1.0.0\n    hooks:\n    -   id: shout\n")
        .write("a.txt", "a\n")
        .stageAll();

    CliRun run = CliRun.in(repo, "run", "--dry-run");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .isEqualTo(
            line("shout", "(not installed)", "Skipped")
                + "- hook id: shout\n"
                + "- ../hooks is not installed: `precommit install-hooks` fetches it\n");
    assertThat(Path.of(repo.env().get("PRECOMMIT_HOME"))).doesNotExist();
  }

  @Test
  void reportsAreRefused() {
    CliRun run = CliRun.in(repo(), "run", "--dry-run", "--report", "json=out.json");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--dry-run runs no hooks, so it writes no --report");
  }

  /** Every file of the working tree and the index, by path, as bytes. */
  private static Map<String, byte[]> snapshot(TempGitRepo repo) {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(repo.root())) {
      for (Path path : walk.filter(Files::isRegularFile).toList()) {
        String name = repo.root().relativize(path).toString();
        if (!name.startsWith(".git/") || name.equals(".git/index")) {
          files.put(name, Files.readAllBytes(path));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  @Test
  void showsHooksInTheOrderPrioritiesRunThem() {
    TempGitRepo repo = TempGitRepo.init(dir.resolve("repo"));
    repo.write(
            ".pre-commit-config.yaml",
            """
            repos:
            -   repo: local
                hooks:
                -   id: late
                    name: late
                    entry: "true"
                    language: system
                    priority: 9
                -   id: early
                    name: early
                    entry: "true"
                    language: system
                    priority: 1
            """)
        .write("a.txt", "a\n")
        .stageAll();

    CliRun run = CliRun.in(repo, "run", "--dry-run", "--all-files");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(
            line("early", "", "Dry Run")
                + "- hook id: early\n- priority: 1\n\n"
                + "  `early` would be run on 2 files:\n  - .pre-commit-config.yaml\n  - a.txt\n"
                + line("late", "", "Dry Run")
                + "- hook id: late\n- priority: 9\n\n"
                + "  `late` would be run on 2 files:\n  - .pre-commit-config.yaml\n  - a.txt\n");
  }
}
