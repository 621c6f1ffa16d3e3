package dev.precommit.repo;

import dev.precommit.config.HookConfig;
import java.nio.file.Path;

/**
 * A hook ready to run.
 *
 * @param repo where it comes from, as the config names it: {@code local}, {@code meta}, {@code
 *     builtin} or a repository URL
 * @param config every key resolved
 * @param prefix the directory its entry and environment are relative to: the repository root for
 *     local hooks, the clone for remote ones
 */
public record Hook(String repo, HookConfig config, Path prefix) {

  public String id() {
    return config.id();
  }
}
