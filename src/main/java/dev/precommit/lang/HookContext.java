package dev.precommit.lang;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a language needs to run a hook.
 *
 * @param root the working tree root: hooks run there
 * @param environment the environment hooks see (PRE_COMMIT=1 and friends already in it)
 * @param jobs how many processes a hook may run at once
 * @param color whether the user asked for colour
 * @param cacheDir {@code $PRECOMMIT_HOME} or its default
 */
public record HookContext(
    Path root, Map<String, String> environment, int jobs, boolean color, Path cacheDir) {

  public HookContext {
    environment = Map.copyOf(environment);
  }
}
