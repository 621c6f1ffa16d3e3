package dev.precommit.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A loaded and validated {@code .pre-commit-config.yaml}.
 *
 * @param path the file it was read from
 * @param defaultStages stages a hook without {@code stages} runs in (all stages by default)
 * @param orphan prek's workspace key: the files under this config's directory are not seen by the
 *     projects above it
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
    boolean failFast,
    boolean orphan) {

  /** A config that is not an orphan. */
  public Config(
      Path path,
      String minimumPreCommitVersion,
      List<RepoConfig> repos,
      List<Stage> defaultInstallHookTypes,
      Map<String, String> defaultLanguageVersion,
      List<Stage> defaultStages,
      String files,
      String exclude,
      boolean failFast) {
    this(
        path,
        minimumPreCommitVersion,
        repos,
        defaultInstallHookTypes,
        defaultLanguageVersion,
        defaultStages,
        files,
        exclude,
        failFast,
        false);
  }

  public Config {
    repos = List.copyOf(repos);
    defaultInstallHookTypes = List.copyOf(defaultInstallHookTypes);
    defaultLanguageVersion = Map.copyOf(defaultLanguageVersion);
    defaultStages = List.copyOf(defaultStages);
  }
}
