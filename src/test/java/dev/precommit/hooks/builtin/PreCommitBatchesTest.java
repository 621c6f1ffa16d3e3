package dev.precommit.hooks.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.testing.CliRun;
import dev.precommit.testing.TempGitRepo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Built-ins run over a batch mix as pre-commit 4.6.2 runs pre-commit-hooks v6.0.0 on two cores: the
 * same files shuffled into the same xargs batches, each batch an invocation of the script. Each
 * {@code src/test/resources/golden-batches/<case>.expected.txt} is what real pre-commit printed for
 * the same repository with {@code --all-files} (on a machine with two cores; here {@code
 * PRECOMMIT_JOBS=2} stands for them).
 */
class PreCommitBatchesTest {
  private static final String CONFIG =
      """
      repos:
      - repo: https://github.com/pre-commit/pre-commit-hooks
        rev: v6.0.0
        hooks:
        - id: %s
      """;

  private TempGitRepo repo;

  @BeforeEach
  void setUp(@TempDir Path dir) {
    repo = TempGitRepo.init(dir.resolve("repo"));
  }

  private void config(String hookId) {
    repo.write(".pre-commit-config.yaml", CONFIG.formatted(hookId));
  }

  private CliRun runAllFilesOnTwoCores() {
    Map<String, String> env = new HashMap<>(repo.env());
    env.put("PRECOMMIT_JOBS", "2");
    return CliRun.in(repo.root(), env, "run", "--all-files");
  }

  private static String expected(String name) {
    try {
      return Files.readString(
          Path.of(
              PreCommitBatchesTest.class
                  .getResource("/golden-batches/" + name + ".expected.txt")
                  .toURI()),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private void assertMatchesPreCommit(String name) {
    CliRun run = runAllFilesOnTwoCores();
    assertThat(run.out()).as(run.err()).isEqualTo(expected(name));
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void prettyFormatJsonGoesOnAfterAnInvalidFile() {
    config("pretty-format-json");
    repo.write("a.json", "{not json");
    repo.write("b.json", "{\"b\":1,\"a\":2}");
    repo.write("c.json", "[1,\n2]");
    repo.stageAll();
    assertMatchesPreCommit("pretty-format-json-after-invalid");
  }

  @Test
  void shebangScriptsAreListedInIndexOrderPerBatch() {
    config("check-shebang-scripts-are-executable");
    for (int i = 1; i <= 11; i++) {
      repo.write("s" + i + ".sh", "#!/bin/sh\necho\n");
    }
    repo.stageAll();
    assertMatchesPreCommit("check-shebang-scripts-are-executable");
  }

  @Test
  void executablesWithoutShebangAreListedInIndexOrderPerBatchWithoutFileMode() {
    config("check-executables-have-shebangs");
    for (int i = 1; i <= 11; i++) {
      repo.write("s" + i + ".sh", "echo\n").executable("s" + i + ".sh");
    }
    repo.stageAll();
    repo.git("config", "core.fileMode", "false");
    assertMatchesPreCommit("check-executables-have-shebangs-filemode-off");
  }

  @Test
  void aCaseConflictIsReportedByEveryBatchThatSeesIt() {
    config("check-case-conflict");
    for (int i = 1; i <= 9; i++) {
      repo.write("f" + i + ".txt", "x\n");
    }
    repo.write("A.txt", "\n").write("a.txt", "\n").write("D.txt", "\n").write("d/x", "\n");
    repo.stageAll();
    assertMatchesPreCommit("check-case-conflict");
  }

  @Test
  void destroyedSymlinksGetABlockPerBatch() throws IOException {
    config("destroyed-symlinks");
    repo.write("target", "x\n");
    for (int i = 1; i <= 11; i++) {
      Files.createSymbolicLink(repo.path("l" + i), Path.of("target"));
    }
    repo.stageAll().commit("links");
    for (int i = 1; i <= 11; i++) {
      Files.delete(repo.path("l" + i));
      repo.write("l" + i, "target");
    }
    repo.stageAll();
    assertMatchesPreCommit("destroyed-symlinks");
  }

  @Test
  void newSubmodulesGetABlockPerBatch() throws IOException {
    config("forbid-new-submodules");
    repo.write("f", "x\n").stageAll().commit("first");
    String commit = repo.git("rev-parse", "HEAD").strip();
    for (int i = 1; i <= 9; i++) {
      Files.createDirectories(repo.path("s" + i));
      repo.git("update-index", "--add", "--cacheinfo", "160000," + commit + ",s" + i);
    }
    assertMatchesPreCommit("forbid-new-submodules");
  }

  @Test
  void identityPrintsEachBatchWithItsArgs() {
    repo.write(
        ".pre-commit-config.yaml",
        "repos:\n- repo: meta\n  hooks:\n  - id: identity\n    args: [--flag]\n");
    for (int i = 1; i <= 11; i++) {
      repo.write("f" + i + ".txt", "x\n");
    }
    repo.stageAll();
    CliRun run = runAllFilesOnTwoCores();
    assertThat(run.outWithoutDurations()).as(run.err()).isEqualTo(expected("identity"));
  }

  @Test
  void aFailLanguageHookGetsItsFilesInOrderAtOnce() {
    config("check-illegal-windows-names");
    for (String name : new String[] {"CON", "aux.txt", "nul.md", "com1", "lpt2.c", "prn", "x"}) {
      repo.write(name, "\n");
    }
    repo.stageAll();
    assertMatchesPreCommit("check-illegal-windows-names");
  }
}
