package dev.precommit.repo;

import dev.precommit.config.Config;
import dev.precommit.config.HookConfig;
import dev.precommit.config.HookConfigs;
import dev.precommit.config.ManifestLoader;
import dev.precommit.config.ParsedYamlCache;
import dev.precommit.config.RepoConfig;
import dev.precommit.output.Output;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns a remote repository entry of a config into hooks ready to run: clones it at its rev (once
 * per repository, rev and additional dependencies; later calls reuse the clone), reads its manifest
 * and merges the config's overrides over each named hook. Hooks with additional dependencies get a
 * clone of their own, as in pre-commit, so their environments do not mix.
 */
public final class HookResolver {
  /** The manifest file at the root of every hook repository. */
  public static final String MANIFEST = ".pre-commit-hooks.yaml";

  private final Store store;
  private final RepoCloner cloner;
  private final Consumer<String> info;
  private final Consumer<String> warnings;
  private final ParsedYamlCache parsed;
  private boolean configMarked;

  /**
   * @param info receives {@code [INFO]} messages (without the prefix): locking, initializing
   * @param warnings receives manifest warnings (unknown keys, deprecated stage names)
   */
  public HookResolver(
      Store store, RepoCloner cloner, Consumer<String> info, Consumer<String> warnings) {
    this(store, cloner, info, warnings, null);
  }

  /** As the public constructor, with manifests' parsed YAML kept in {@code parsed} (or null). */
  private HookResolver(
      Store store,
      RepoCloner cloner,
      Consumer<String> info,
      Consumer<String> warnings,
      ParsedYamlCache parsed) {
    this.store = store;
    this.cloner = cloner;
    this.info = info;
    this.warnings = warnings;
    this.parsed = parsed;
  }

  /**
   * The resolver a command or run uses: the environment's store, paths relative to {@code root}.
   */
  public static HookResolver standard(Map<String, String> env, Path root, Output out) {
    return new HookResolver(
        Store.forEnvironment(env),
        new RepoCloner(root, env),
        out::info,
        out::warn,
        ParsedYamlCache.forThisBuild(CacheDir.resolve(env).resolve("parsed")));
  }

  /**
   * The hooks {@code repo} (a remote repository) contributes to {@code config}, in its order.
   *
   * @throws RepoFetchException when the repository cannot be fetched, naming the {@code SKIP} that
   *     runs without it
   */
  public List<Hook> resolve(RepoConfig repo, Config config) {
    Set<String> ids = new LinkedHashSet<>();
    for (Map<String, Object> entry : repo.hooks()) {
      ids.add(String.valueOf(entry.get("id")));
    }
    return resolve(repo, config, ids);
  }

  /**
   * As {@link #resolve(RepoConfig, Config)}, the error naming {@code skip} as the {@code SKIP} that
   * runs without the repository ({@link RepoDemand#toRunWithout}).
   */
  public List<Hook> resolve(RepoConfig repo, Config config, Collection<String> skip) {
    try {
      return resolveFetching(repo, config);
    } catch (RepoFetchException e) {
      throw e.skippable(skip);
    }
  }

  private List<Hook> resolveFetching(RepoConfig repo, Config config) {
    if (!repo.isRemote()) {
      throw new IllegalArgumentException("not a remote repository: " + repo.repo());
    }
    if (!configMarked && config.path() != null) {
      // For gc: only configs with remote repositories use clones.
      store.markConfigUsed(config.path(), info);
      configMarked = true;
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
      HookConfig merged = HookConfigs.merge(defined, overrides, config);
      Path prefix =
          merged.additionalDependencies().isEmpty()
              ? base
              : cloneOf(repo.repo(), repo.rev(), merged.additionalDependencies());
      hooks.add(new Hook(repo.repo(), merged, prefix));
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
      if (deps.isEmpty() && Files.isRegularFile(dir.resolve(MANIFEST))) {
        try {
          ManifestLoader.load(dir.resolve(MANIFEST), repo + " " + MANIFEST, repo, null)
              .deprecatedStagesWarning(repo)
              .ifPresent(warnings);
        } catch (RuntimeException e) {
          // An invalid manifest is reported when the hooks are read.
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<String, HookConfig> manifestById(String repo, Path clone) {
    Map<String, HookConfig> byId = new LinkedHashMap<>();
    Path file = clone.resolve(MANIFEST);
    List<HookConfig> hooks =
        ManifestLoader.load(file, repo + " " + MANIFEST, repo, warnings, parsed).hooks();
    for (HookConfig hook : hooks) {
      byId.put(hook.id(), hook);
    }
    return byId;
  }
}
