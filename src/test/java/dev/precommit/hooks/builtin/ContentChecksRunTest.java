package dev.precommit.hooks.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import dev.precommit.testing.CliRun;
import dev.precommit.testing.EngineLauncher;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Built-in content checks through {@code precommit run}, in a real repository. */
class ContentChecksRunTest {
  @TempDir Path dir;

  @Test
  void builtinFixersRunWithTheManifestDefaults() throws Exception {
    TempGitRepo repo = TempGitRepo.init(dir.resolve("repo"));
    repo.write(
        ".pre-commit-config.yaml",
        """
        repos:
        -   repo: builtin
            hooks:
            -   id: trailing-whitespace
                files: \\.txt$
            -   id: end-of-file-fixer
                files: \\.txt$
            -   id: check-json
                files: ^c\\.json$
            -   id: pretty-format-json
                files: ^b\\.json$
                args: [--autofix]
        """);
    repo.write("a.txt", "hello   \nworld");
    repo.write("b.json", "{\"b\": 1, \"a\": [1.0, 1e16]}");
    repo.write("c.json", "{\"a\": 1, \"a\": 2}\n");
    Files.write(repo.root().resolve("d.bin"), new byte[] {0, 1, 2, ' ', '\n'});
    repo.stageAll();

    CliRun run = CliRun.in(repo, "run", "--all-files");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(
            failed("trim trailing whitespace")
                + "- hook id: trailing-whitespace\n- exit code: 1\n"
                + "- files were modified by this hook\n\nFixing a.txt\n\n"
                + failed("fix end of files")
                + "- hook id: end-of-file-fixer\n- exit code: 1\n"
                + "- files were modified by this hook\n\nFixing a.txt\n\n"
                + failed("check json")
                + "- hook id: check-json\n- exit code: 1\n\n"
                + "c.json: Failed to json decode (Duplicate key: a)\n\n"
                + failed("pretty format json")
                + "- hook id: pretty-format-json\n- exit code: 1\n"
                + "- files were modified by this hook\n\n"
                + "Fixing file b.json\n\n");
    assertThat(repo.read("a.txt")).isEqualTo("hello\nworld\n");
    assertThat(repo.read("b.json"))
        .isEqualTo("{\n  \"a\": [\n    1.0,\n    1e+16\n  ],\n  \"b\": 1\n}\n");
    assertThat(Files.readAllBytes(repo.root().resolve("d.bin")))
        .containsExactly(0, 1, 2, ' ', '\n');

    CliRun again = CliRun.in(repo, "run", "--all-files");
    assertThat(again.out()).doesNotContain("Fixing");
  }

  @Test
  void aCommitWithTrailingWhitespaceIsFixedAndBlockedThenGoesThrough() throws Exception {
    Path launcher = EngineLauncher.write(dir.resolve("bin"));
    TempGitRepo repo = TempGitRepo.init(dir.resolve("repo"));
    Map<String, String> env = repo.env();
    env.put("PATH", launcher.getParent() + ":" + env.get("PATH"));
    repo.write(
        ".pre-commit-config.yaml",
        """
        repos:
        -   repo: builtin
            hooks:
            -   id: trailing-whitespace
            -   id: end-of-file-fixer
        """);
    repo.stageAll().commit("config");
    ProcessRunner git = ProcessRunner.merged(env);
    assertThat(git.run(List.of(launcher.toString(), "install"), repo.root()).exitCode()).isZero();
    repo.write("a.txt", "x  \ny").stage("a.txt");

    ProcessResult blocked = git.run(List.of("git", "commit", "-q", "-m", "a"), repo.root());

    assertThat(blocked.exitCode()).isEqualTo(1);
    assertThat(blocked.outputText())
        .isEqualTo(
            failed("trim trailing whitespace")
                + "- hook id: trailing-whitespace\n- exit code: 1\n"
                + "- files were modified by this hook\n\nFixing a.txt\n\n"
                + failed("fix end of files")
                + "- hook id: end-of-file-fixer\n- exit code: 1\n"
                + "- files were modified by this hook\n\nFixing a.txt\n\n");
    assertThat(repo.read("a.txt")).isEqualTo("x\ny\n");

    repo.stage("a.txt");
    ProcessResult passed = git.run(List.of("git", "commit", "-q", "-m", "a"), repo.root());
    assertThat(passed.exitCode()).as(passed.outputText()).isZero();
    assertThat(repo.git("log", "--format=%s")).isEqualTo("a\nconfig\n");
  }

  private static String failed(String name) {
    return name + ".".repeat(79 - name.length() - "Failed".length()) + "Failed\n";
  }
}
