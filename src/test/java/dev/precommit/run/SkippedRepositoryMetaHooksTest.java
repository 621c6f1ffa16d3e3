package dev.precommit.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.testing.CliRun;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * check-hooks-apply judges a skipped repository's hooks by their manifest, as pre-commit does (it
 * clones every repository, skipped or not): apache/sedona's real config runs it next to remote
 * hooks.
 */
class SkippedRepositoryMetaHooksTest {
  @TempDir Path dir;

  @Test
  void checkHooksApplySeesTheTypesOfASkippedRepositorysHook() {
    TempGitRepo hooks = TempGitRepo.init(dir.resolve("hooks"));
    hooks
        .write(
            ".pre-commit-hooks.yaml",
            "- {id: rst-only, name: rst only, entry: 'true', language: system, types: [rst]}\n")
        .stageAll()
        .commit("hooks")
        .git("tag", "v1.0.0");
    TempGitRepo repo =
        TempGitRepo.init(dir.resolve("repo"))
            .write(
                ".pre-commit-config.yaml",
                "repos:\n-   repo: meta\n    hooks:\n    -   id: check-hooks-apply\n-   repo: "
                    + hooks.root()
                    + "\n    rev: v1.0.0\n    hooks:\n    -   id: rst-only\n")
            .write("a.txt", "a\n")
            .stageAll();
    Map<String, String> env = repo.env();
    env.put("SKIP", "rst-only");

    CliRun run = CliRun.in(repo.root(), env, "run", "--all-files");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out())
        .contains("Check hooks apply to the repository")
        .contains("rst-only does not apply to this repository\n")
        .containsPattern("rst only\\.+Skipped");
  }
}
