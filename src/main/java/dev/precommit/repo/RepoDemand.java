package dev.precommit.repo;

import dev.precommit.config.RepoConfig;
import dev.precommit.config.Stage;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a run needs a remote repository's clone. A hook that {@code SKIP} names (by its id, or by
 * the alias its config entry gives) or whose config entry keeps it out of the stage being run does
 * not: {@code SKIP=black git commit} works offline. As soon as one hook of the repository may run,
 * the repository is needed, and so it is when only its manifest can tell (stages or alias not in
 * the config entry).
 */
public record RepoDemand(Stage stage, Set<String> skips) {
  public RepoDemand {
    skips = Set.copyOf(skips);
  }

  /** True unless every hook {@code repo}'s config entry names is skipped or out of the stage. */
  public boolean needs(RepoConfig repo) {
    for (Map<String, Object> entry : repo.hooks()) {
      if (!skipped(entry) && mayRunInStage(entry)) {
        return true;
      }
    }
    return false;
  }

  private boolean skipped(Map<String, Object> entry) {
    return skips.contains(String.valueOf(entry.get("id")))
        || (entry.get("alias") instanceof String alias && skips.contains(alias));
  }

  private boolean mayRunInStage(Map<String, Object> entry) {
    if (!(entry.get("stages") instanceof List<?> stages) || stages.isEmpty()) {
      return true;
    }
    return stages.contains(stage.id());
  }
}
