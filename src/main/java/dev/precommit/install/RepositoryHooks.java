package dev.precommit.install;

import dev.precommit.config.Stage;
import dev.precommit.git.GitRepo;
import dev.precommit.output.Output;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code install} and {@code uninstall} for one repository: picks the hooks folder (the common git
 * dir, so worktrees share one install), refuses when {@code core.hooksPath} would make git ignore
 * that folder unless the user asked to install there, and resolves the hook types.
 */
public final class RepositoryHooks {
  private final GitRepo repo;
  private final Output out;
  private final HookInstaller installer;

  public RepositoryHooks(GitRepo repo, Output out, String launcher) {
    this.repo = repo;
    this.out = out;
    this.installer = new HookInstaller(out, launcher);
  }

  /**
   * Writes the shims; returns the exit code.
   *
   * @param config the config file relative to the repository root (see {@link #configPath})
   * @param hookTypes the {@code -t} options; empty for the config's default
   * @param followHooksPath install into the {@code core.hooksPath} folder instead of refusing
   */
  public int install(
      String config,
      List<Stage> hookTypes,
      boolean overwrite,
      boolean allowMissingConfig,
      boolean followHooksPath) {
    Optional<HooksDir> dir = installDir(followHooksPath);
    if (dir.isEmpty()) {
      return 1;
    }
    List<Stage> types = InstallHookTypes.resolve(hookTypes, repo.root().resolve(config));
    installer.install(dir.get(), types, config, overwrite, allowMissingConfig);
    return 0;
  }

  /** Removes our shims and restores legacy hooks; returns the exit code. */
  public int uninstall(String config, List<Stage> hookTypes, boolean followHooksPath) {
    HooksDir dir =
        followHooksPath
            ? HooksDir.configuredHooksPath(repo).orElseGet(() -> HooksDir.commonHooks(repo))
            : HooksDir.commonHooks(repo);
    installer.uninstall(dir, InstallHookTypes.resolve(hookTypes, repo.root().resolve(config)));
    return 0;
  }

  private Optional<HooksDir> installDir(boolean followHooksPath) {
    Optional<HooksDir> hooksPath = HooksDir.configuredHooksPath(repo);
    if (hooksPath.isEmpty()) {
      return Optional.of(HooksDir.commonHooks(repo));
    }
    if (followHooksPath) {
      return hooksPath;
    }
    out.error("Cowardly refusing to install hooks with `core.hooksPath` set.");
    out.writeLine("hint: `git config --unset-all core.hooksPath`");
    return Optional.empty();
  }

  /**
   * The config path as the shims should pass it: relative to the repository root. A path given
   * relative to a subdirectory is rebased when the file exists there, as pre-commit does.
   */
  public static String configPath(Path workingDir, Path root, String config) {
    Path given = Path.of(config);
    if (given.isAbsolute()) {
      return config;
    }
    Path here = workingDir.resolve(given);
    if (!Files.exists(here)) {
      return config;
    }
    return root.toAbsolutePath()
        .normalize()
        .relativize(here.toAbsolutePath().normalize())
        .toString();
  }
}
