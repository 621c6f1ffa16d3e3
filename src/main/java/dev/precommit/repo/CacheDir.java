package dev.precommit.repo;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where precommit keeps clones, environments, saved patches and the error log: {@code
 * $PRECOMMIT_HOME}, else {@code $XDG_CACHE_HOME/precommit}, else {@code ~/.cache/precommit}.
 */
public final class CacheDir {
  private CacheDir() {}

  public static Path resolve(Map<String, String> env) {
    String home = env.get("PRECOMMIT_HOME");
    if (home != null && !home.isEmpty()) {
      return Path.of(home).toAbsolutePath();
    }
    String xdg = env.get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isEmpty()) {
      return Path.of(xdg, "precommit").toAbsolutePath();
    }
    String user = env.getOrDefault("HOME", System.getProperty("user.home"));
    return Path.of(user, ".cache", "precommit").toAbsolutePath();
  }
}
