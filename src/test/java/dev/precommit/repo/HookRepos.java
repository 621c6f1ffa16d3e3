package dev.precommit.repo;

import dev.precommit.testing.TempGitRepo;
import java.nio.file.Path;

/** Hook repositories for tests: real git repositories with a manifest, tagged. */
final class HookRepos {
  private HookRepos() {}

  /** A repository with hooks {@code echo-a} and {@code echo-b} (language system), tagged v1.0.0. */
  static TempGitRepo simple(Path dir) {
    TempGitRepo repo =
        TempGitRepo.init(dir)
            .write(
                ".pre-commit-hooks.yaml",
                "- id: echo-a\n"
                    + "  name: Echo A\n"
                    + "  entry: echo a\n"
                    + "  language: system\n"
                    + "- id: echo-b\n"
                    + "  name: Echo B\n"
                    + "  entry: echo b\n"
                    + "  language: system\n"
                    + "  files: '\\.txt$'\n")
            .stageAll()
            .commit("hooks");
    repo.git("tag", "v1.0.0");
    return repo;
  }
}
