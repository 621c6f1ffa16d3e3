package dev.precommit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.testing.CliRun;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A config error reads as pre-commit's (the file, then each level down to the hook by its id, then
 * the problem), plus precommit's line naming the likely typo.
 */
class ConfigErrorOutputTest {
  private static final String MISSPELLED =
      "repos:\n"
          + "-   repo: local\n"
          + "    hooks:\n"
          + "    -   id: echo\n"
          + "        name: echo\n"
          + "        entyr: echo hi\n"
          + "        language: system\n";

  private static final String BLOCK =
      "==> File .pre-commit-config.yaml\n"
          + "==> At Config()\n"
          + "==> At key: repos\n"
          + "==> At Repository(repo='local')\n"
          + "==> At key: hooks\n"
          + "==> At Hook(id='echo')\n"
          + "=====> Missing required key: entry\n"
          + "unknown key 'entyr' -- did you mean 'entry'?\n";

  @TempDir Path dir;

  @Test
  void runNamesRepoAndHookAndTheTypo() {
    TempGitRepo repo = TempGitRepo.init(dir.resolve("repo"));
    repo.write(".pre-commit-config.yaml", MISSPELLED).stageAll();

    CliRun run = CliRun.in(repo, "run", "--all-files");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("An error has occurred: InvalidConfigError: \n" + BLOCK);
  }

  @Test
  void validateConfigPrintsTheSameBlock() {
    TempGitRepo repo = TempGitRepo.init(dir.resolve("repo"));
    repo.write(".pre-commit-config.yaml", MISSPELLED);

    CliRun run = CliRun.in(repo, "validate-config");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("\n" + BLOCK);
  }

  @Test
  void noHintWhenNothingLooksLikeTheMissingKey() {
    TempGitRepo repo = TempGitRepo.init(dir.resolve("repo"));
    repo.write(
        ".pre-commit-config.yaml",
        "repos:\n-   repo: local\n    hooks:\n    -   id: x\n        name: x\n"
            + "        command: echo\n        language: system\n");

    CliRun run = CliRun.in(repo, "validate-config");

    assertThat(run.out()).endsWith("=====> Missing required key: entry\n");
  }
}
