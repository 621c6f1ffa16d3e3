package dev.precommit.hooks;

import dev.precommit.config.Config;
import dev.precommit.git.GitRepo;
import dev.precommit.repo.Hook;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a built-in check may look at besides its files.
 *
 * @param git the repository (for checks that ask git: added files, modes, branch)
 * @param environment the hook environment (PRE_COMMIT_FROM_REF and friends)
 * @param jobs how many threads a check may use
 * @param config the loaded config (meta hooks read it)
 * @param hooks every hook of the config (meta hooks read them)
 * @param fixes told of the files fixers rewrite (the stash fixes the unstaged versions alike)
 */
public record CheckContext(
    Path root,
    GitRepo git,
    Map<String, String> environment,
    int jobs,
    Config config,
    List<Hook> hooks,
    FixRecorder fixes) {

  public CheckContext {
    environment = Map.copyOf(environment);
    hooks = List.copyOf(hooks);
    fixes = fixes == null ? FixRecorder.NONE : fixes;
  }

  /** A context whose fixes nobody needs to hear of. */
  public CheckContext(
      Path root,
      GitRepo git,
      Map<String, String> environment,
      int jobs,
      Config config,
      List<Hook> hooks) {
    this(root, git, environment, jobs, config, hooks, FixRecorder.NONE);
  }
}
