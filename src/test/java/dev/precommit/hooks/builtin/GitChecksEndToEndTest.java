package dev.precommit.hooks.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.testing.CliRun;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks through {@code precommit run} with {@code repo: builtin}, as a user sees them. */
class GitChecksEndToEndTest {
  private static final String CONFIG =
      """
      repos:
      -   repo: builtin
          hooks:
          -   id: check-added-large-files
              args: [--maxkb=1]
          -   id: google-java-format
              files: \\.java$
          -   id: check-merge-conflict
          -   id: check-illegal-windows-names
          -   id: no-commit-to-branch
      """;

  @Test
  void failuresAndFixesReadAsPreCommitsOutput(@TempDir Path dir) {
    TempGitRepo repo = TempGitRepo.init(dir.resolve("repo"));
    repo.write(".pre-commit-config.yaml", CONFIG);
    repo.write("big.bin", new byte[2048]);
    repo.write("A.java", "class A {   int x; }\n");
    repo.write("docs/aux.md", "reserved name\n");
    repo.stageAll();

    CliRun run = CliRun.in(repo, "run");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(
            "check for added large files"
                + ".".repeat(46)
                + "Failed\n"
                + "- hook id: check-added-large-files\n"
                + "- exit code: 1\n"
                + "\n"
                + "big.bin (2 KB) exceeds 1 KB.\n"
                + "\n"
                + "google-java-format"
                + ".".repeat(55)
                + "Failed\n"
                + "- hook id: google-java-format\n"
                + "- exit code: 1\n"
                + "- files were modified by this hook\n"
                + "\n"
                + "Formatted A.java\n"
                + "\n"
                + "check for merge conflicts"
                + ".".repeat(48)
                + "Passed\n"
                + "check illegal windows names"
                + ".".repeat(46)
                + "Failed\n"
                + "- hook id: check-illegal-windows-names\n"
                + "- exit code: 1\n"
                + "\n"
                + "Illegal Windows filenames detected\n"
                + "\n"
                + "docs/aux.md\n"
                + "\n"
                + "don't commit to branch"
                + ".".repeat(51)
                + "Failed\n"
                + "- hook id: no-commit-to-branch\n"
                + "- exit code: 1\n");
    assertThat(repo.read("A.java")).isEqualTo("class A {\n  int x;\n}\n");
  }
}
