package dev.precommit.lang;

import dev.precommit.repo.Hook;

/**
 * A language that builds an environment per hook repository (python venv, node prefix, resolved
 * Maven artifacts). The environment lives in the hook's clone, in a directory named for the
 * language and {@code language_version}; since clones are keyed by repository, rev and additional
 * dependencies, each environment is keyed by all five.
 */
public interface EnvironmentLanguage extends Language {

  @Override
  default boolean hasEnvironment() {
    return true;
  }

  /**
   * True when {@code hook}'s environment was completely built and still passes its health check.
   */
  boolean isInstalled(Hook hook, HookContext context);
}
