package dev.precommit.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A loaded and validated {@code .pre-commit-config.yaml}.
 *
 * @param path the file it was read from
 * @param defaultStages stages a hook without {@code stages} runs in (all stages by default)
 */
public record Config(
    Path path,
    String minimumPreCommitVersion,
    List<RepoConfig> repos,
    List<Stage> defaultInstallHookTypes,
    Map<String, String> defaultLanguageVersion,
    List<Stage> defaultStages,
    String files,
    String exclude,
    boolean failFast) {

  public Config {
    repos = List.copyOf(repos);
    defaultInstallHookTypes = List.copyOf(defaultInstallHookTypes);
    defaultLanguageVersion = Map.copyOf(defaultLanguageVersion);
    defaultStages = List.copyOf(defaultStages);
  }
}
