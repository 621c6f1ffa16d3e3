package dev.precommit.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.testing.CliRun;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate-config} and {@code install --install-hooks} say what a commit would stop at:
 * built-in ids that do not exist (with the nearest one) and languages precommit cannot run, one
 * line each, exit 1; and a run words the same problem the same way.
 */
class HookCheckupTest {
  private static final String PRE_COMMIT_HOOKS = "https://github.com/pre-commit/pre-commit-hooks";

  private static final String CONFIG =
      "repos:\n"
          + "-   repo: builtin\n"
          + "    hooks:\n"
          + "    -   id: trailing-whitespce\n"
          + "    -   id: end-of-file-fixer\n"
          + "    -   id: frobnicate\n"
          + "-   repo: "
          + PRE_COMMIT_HOOKS
          + "\n"
          + "    rev: v6.0.0\n"
          + "    hooks:\n"
          + "    -   id: check-yaml\n"
          + "-   repo: local\n"
          + "    hooks:\n"
          + "    -   id: boxed\n"
          + "        name: boxed\n"
          + "        entry: boxed\n"
          + "        language: swift\n"
          + "    -   id: fine\n"
          + "        name: fine\n"
          + "        entry: 'true'\n"
          + "        language: system\n";

  private static final String TYPO =
      "`trailing-whitespce` is not present in repository builtin.  Did you mean"
          + " `trailing-whitespace`?";
  private static final String UNKNOWN_PREFIX =
      "`frobnicate` is not present in repository builtin.  Expected one of"
          + " check-added-large-files, check-case-conflict,";
  private static final String SWIFT =
      "hook `boxed` needs swift (`swift` is not on PATH): install it"
          + " (see https://www.swift.org/install/)";

  @TempDir Path dir;

  private TempGitRepo repo() {
    TempGitRepo repo = TempGitRepo.init(dir.resolve("repo"));
    repo.write(".pre-commit-config.yaml", CONFIG).stageAll().commit("config");
    return repo;
  }

  @Test
  void validateConfigNamesEachProblem() {
    CliRun run = CliRun.in(repo(), "validate-config");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines())
        .hasSize(3)
        .satisfiesExactly(
            line -> assertThat(line).isEqualTo("[ERROR] .pre-commit-config.yaml: " + TYPO),
            line ->
                assertThat(line)
                    .startsWith("[ERROR] .pre-commit-config.yaml: " + UNKNOWN_PREFIX)
                    .endsWith(", trailing-whitespace."),
            line -> assertThat(line).isEqualTo("[ERROR] .pre-commit-config.yaml: " + SWIFT));
    assertThat(run.err()).isEmpty();
  }

  @Test
  void installHooksNamesEachProblem() {
    CliRun run = CliRun.in(repo(), "install", "--install-hooks");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines())
        .satisfiesExactly(
            line -> assertThat(line).isEqualTo("pre-commit installed at .git/hooks/pre-commit"),
            line -> assertThat(line).isEqualTo("[ERROR] " + TYPO),
            line -> assertThat(line).startsWith("[ERROR] " + UNKNOWN_PREFIX),
            line -> assertThat(line).isEqualTo("[ERROR] " + SWIFT));
  }

  @Test
  void aRunStopsAtTheFirstWithTheSameWords() {
    CliRun run = CliRun.in(repo(), "run", "--all-files");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("An error has occurred: " + TYPO + "\n");
  }

  @Test
  void aValidConfigStillPassesQuietly() {
    TempGitRepo repo = TempGitRepo.init(dir.resolve("ok"));
    repo.write(
        ".pre-commit-config.yaml",
        "repos:\n-   repo: builtin\n    hooks:\n    -   id: trailing-whitespace\n");

    CliRun validate = CliRun.in(repo, "validate-config");

    assertThat(validate.exitCode()).isZero();
    assertThat(validate.out()).isEmpty();
  }
}
