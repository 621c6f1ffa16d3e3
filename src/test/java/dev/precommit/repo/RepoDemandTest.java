package dev.precommit.repo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.config.Config;
import dev.precommit.config.ConfigLoader;
import dev.precommit.config.RepoConfig;
import dev.precommit.config.Stage;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RepoDemandTest {
  private static final String REMOTE =
      "-   repo: https://github.com/psf/black\n"
          + "    rev: 23.1.0\n"
          + "    hooks:\n"
          + "    -   id: black\n";

  private static Config config(String meta) {
    return ConfigLoader.parse("repos:\n" + meta + REMOTE, ".pre-commit-config.yaml").config();
  }

  private static RepoConfig remote(Config config) {
    return config.repos().get(config.repos().size() - 1);
  }

  @Test
  void aSkippedRepositoryIsNotNeeded() {
    Config config = config("");

    RepoDemand demand = RepoDemand.of(config, Stage.PRE_COMMIT, Set.of("black"));

    assertThat(demand.needs(remote(config))).isFalse();
    assertThat(demand.toRunWithout(remote(config))).containsExactly("black");
  }

  @Test
  void checkHooksApplyNeedsEveryRepositoryAsPreCommitClonesThem() {
    // pre-commit's check-hooks-apply sees every hook's manifest definition (files, types),
    // skipped or not: precommit fetches the repository to see it too.
    Config config = config("-   repo: meta\n    hooks:\n    -   id: check-hooks-apply\n");

    RepoDemand demand = RepoDemand.of(config, Stage.PRE_COMMIT, Set.of("black"));

    assertThat(demand.needs(remote(config))).isTrue();
    assertThat(demand.toRunWithout(remote(config))).containsExactly("black", "check-hooks-apply");
  }

  @Test
  void aMetaHookThatDoesNotRunNeedsNothing() {
    Config skipped = config("-   repo: meta\n    hooks:\n    -   id: check-hooks-apply\n");
    Config manual =
        config(
            "-   repo: meta\n"
                + "    hooks:\n"
                + "    -   id: check-hooks-apply\n"
                + "        stages: [manual]\n");
    Config identity = config("-   repo: meta\n    hooks:\n    -   id: identity\n");
    // pre-commit's check-useless-excludes reads the config's entries alone (manifest defaults).
    Config excludes = config("-   repo: meta\n    hooks:\n    -   id: check-useless-excludes\n");

    assertThat(
            RepoDemand.of(skipped, Stage.PRE_COMMIT, Set.of("black", "check-hooks-apply"))
                .needs(remote(skipped)))
        .isFalse();
    assertThat(RepoDemand.of(manual, Stage.PRE_COMMIT, Set.of("black")).needs(remote(manual)))
        .isFalse();
    assertThat(RepoDemand.of(identity, Stage.PRE_COMMIT, Set.of("black")).needs(remote(identity)))
        .isFalse();
    assertThat(RepoDemand.of(excludes, Stage.PRE_COMMIT, Set.of("black")).needs(remote(excludes)))
        .isFalse();
  }
}
