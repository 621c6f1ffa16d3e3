package dev.precommit.repo;

import dev.precommit.config.Config;
import dev.precommit.config.RepoConfig;
import dev.precommit.config.Stage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a run needs a remote repository's clone. A hook that {@code SKIP} names (by its id, or by
 * the alias its config entry gives) or whose config entry keeps it out of the stage being run does
 * not: {@code SKIP=black git commit} works offline. As soon as one hook of the repository may run,
 * the repository is needed, and so it is when only its manifest can tell (stages or alias not in
 * the config entry).
 *
 * <p>Every repository is needed when {@code check-hooks-apply} may run: it judges every hook,
 * skipped or not, by its manifest's {@code files} and {@code types}, as pre-commit (which clones
 * every repository) does. ({@code check-useless-excludes} reads only the config's entries, with the
 * manifest schema's defaults, in pre-commit too.)
 *
 * @param readers the meta hooks of the config that read every hook's definition and may run
 */
public record RepoDemand(Stage stage, Set<String> skips, List<String> readers) {
  /** The meta hooks that read every hook's definition. */
  private static final Set<String> READ_EVERY_HOOK = Set.of("check-hooks-apply");

  public RepoDemand {
    skips = Set.copyOf(skips);
    readers = List.copyOf(readers);
  }

  /** The demand of {@code config}'s run in {@code stage} with {@code skips}. */
  public static RepoDemand of(Config config, Stage stage, Set<String> skips) {
    RepoDemand plain = new RepoDemand(stage, skips, List.of());
    List<String> readers = new ArrayList<>();
    for (RepoConfig repo : config.repos()) {
      if (!repo.isMeta()) {
        continue;
      }
      for (Map<String, Object> entry : repo.hooks()) {
        String id = String.valueOf(entry.get("id"));
        if (READ_EVERY_HOOK.contains(id) && plain.mayRun(entry) && !readers.contains(id)) {
          readers.add(id);
        }
      }
    }
    return new RepoDemand(stage, skips, readers);
  }

  /**
   * True unless every hook {@code repo}'s config entry names is skipped or out of the stage and no
   * meta hook that reads every hook's definition may run.
   */
  public boolean needs(RepoConfig repo) {
    if (!readers.isEmpty()) {
      return true;
    }
    for (Map<String, Object> entry : repo.hooks()) {
      if (mayRun(entry)) {
        return true;
      }
    }
    return false;
  }

  /** The ids to put in {@code SKIP} to run without {@code repo}: its hooks', and the readers. */
  public List<String> toRunWithout(RepoConfig repo) {
    Set<String> ids = new LinkedHashSet<>();
    for (Map<String, Object> entry : repo.hooks()) {
      ids.add(String.valueOf(entry.get("id")));
    }
    ids.addAll(readers);
    return List.copyOf(ids);
  }

  private boolean mayRun(Map<String, Object> entry) {
    return !skipped(entry) && mayRunInStage(entry);
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
