package dev.precommit.repo;

import dev.precommit.config.Config;
import dev.precommit.config.HookConfig;
import dev.precommit.config.RepoConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns a remote repository entry of a config into hooks ready to run: clones it at its rev (once
 * per repository, rev and additional dependencies; later calls reuse the clone), reads its
 * manifest and merges the config's overrides over each named hook. Hooks with additional
 * dependencies get a clone of their own, as in pre-commit, so their environments do not mix.
 */
public final class HookResolver {
  /** The manifest file at the root of every hook repository. */
  public static final String MANIFEST = ".pre-commit-hooks.yaml";

  private final Store store;
  private final RepoCloner cloner;
  private final ConfigFormat format;
  private final Consumer<String> info;

  /**
   * @param info receives {@code [INFO]} messages (without the prefix): locking, initializing
   */
  public HookResolver(Store store, RepoCloner cloner, ConfigFormat format, Consumer<String> info) {
    this.store = store;
    this.cloner = cloner;
    this.format = format;
    this.info = info;
  }

  /** The hooks {@code repo} (a remote repository) contributes to {@code config}, in its order. */
  public List<Hook> resolve(RepoConfig repo, Config config) {
    if (!repo.isRemote()) {
      throw new IllegalArgumentException("not a remote repository: " + repo.repo());
    }
    Path base = cloneOf(repo.repo(), repo.rev(), List.of());
    Map<String, HookConfig> manifest = manifestById(repo.repo(), base);
    List<Hook> hooks = new ArrayList<>();
    for (Map<String, Object> overrides : repo.hooks()) {
      String id = String.valueOf(overrides.get("id"));
      HookConfig defined = manifest.get(id);
      if (defined == null) {
        throw new MissingHookException(id, repo.repo());
      }
      HookConfig merged = format.merge(defined, overrides, config);
      Path prefix =
          merged.additionalDependencies().isEmpty()
              ? base
              : cloneOf(repo.repo(), repo.rev(), merged.additionalDependencies());
      hooks.add(new Hook(repo.repo(), merged, prefix));
    }
    return hooks;
  }

  /**
   * The remote and local hooks of {@code config}, in config order; local hooks get {@code root}
   * as their prefix. Meta and builtin hooks are the engine's and are left out.
   */
  public List<Hook> resolveAll(Config config, Path root) {
    List<Hook> hooks = new ArrayList<>();
    for (RepoConfig repo : config.repos()) {
      if (repo.isRemote()) {
        hooks.addAll(resolve(repo, config));
      } else if (repo.isLocal()) {
        for (Map<String, Object> hook : repo.hooks()) {
          hooks.add(new Hook(repo.repo(), format.local(hook, config), root));
        }
      }
    }
    return hooks;
  }

  /** The hooks {@code repo} defines at {@code rev}, in manifest order (for try-repo). */
  public List<HookConfig> manifest(String repo, String rev) {
    return List.copyOf(manifestById(repo, cloneOf(repo, rev, List.of())).values());
  }

  /**
   * The clone of {@code repo} at {@code rev} for hooks with {@code deps}, made now if the store
   * does not have it (printing {@code Initializing environment for <repo>.}).
   */
  public Path cloneOf(String repo, String rev, List<String> deps) {
    Optional<Path> existing = store.findClone(repo, rev, deps);
    if (existing.isPresent()) {
      return existing.get();
    }
    try (StoreLock lock = store.lock(info)) {
      existing = store.findClone(repo, rev, deps);
      if (existing.isPresent()) {
        return existing.get();
      }
      String key = StoreIndex.key(repo, deps);
      info.accept("Initializing environment for " + key + ".");
      Path dir = store.newCloneDirectory();
      try {
        cloner.cloneInto(repo, rev, dir);
      } catch (RuntimeException e) {
        Store.deleteRecursively(dir);
        throw e;
      }
      store.writeIndex(store.index().withClone(new StoreIndex.Clone(key, rev, dir.toString())));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<String, HookConfig> manifestById(String repo, Path clone) {
    Map<String, HookConfig> byId = new LinkedHashMap<>();
    for (HookConfig hook : format.loadManifest(clone.resolve(MANIFEST), repo)) {
      byId.put(hook.id(), hook);
    }
    return byId;
  }
}
