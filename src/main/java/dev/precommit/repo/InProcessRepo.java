package dev.precommit.repo;

import dev.precommit.config.Config;
import dev.precommit.config.HookConfig;
import dev.precommit.hooks.Check;
import java.util.Map;
import java.util.Optional;

/**
 * A public hook repository whose hooks precommit can run in-process, hook by hook: a config entry
 * for it gets the in-process hook of each listed hook that answers as the named rev does, and the
 * repository's real hook (a clone at the rev) for any other.
 */
public interface InProcessRepo {
  /** True when a config's {@code repo:} names this repository. */
  boolean matches(String url);

  /**
   * The in-process hook for {@code entry} (one item of the repository's {@code hooks:}) at {@code
   * rev}, its language {@code builtin}; empty when the real hook must run, from a clone.
   */
  Optional<HookConfig> hook(String rev, Map<String, Object> entry, Config config);

  /** The check that runs hook {@code id}, as {@link #hook} made it. */
  Optional<Check> check(String id);
}
