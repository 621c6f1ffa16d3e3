package dev.precommit.repo;

import dev.precommit.config.Config;
import dev.precommit.config.HookConfig;
import dev.precommit.config.HookConfigs;
import dev.precommit.config.ManifestLoader;
import dev.precommit.config.RepoConfig;
import dev.precommit.hooks.BuiltinChecks;
import dev.precommit.hooks.meta.MetaHooks;
import dev.precommit.output.Output;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The hooks of a remote repository as the store already holds them, for commands that must not
 * reach the network or write to the store ({@code list}, {@code run --dry-run}). Unlike {@link
 * HookResolver} it never clones and never marks the config as used: a repository that is not in the
 * store yet yields nothing, or placeholders: its hooks as far as the config entry describes them,
 * with a null prefix ({@link #isPlaceholder}).
 */
public final class StoredHooks {
  private final Store store;
  private final Consumer<String> warnings;

  /**
   * @param warnings receives manifest warnings (unknown keys, deprecated stage names)
   */
  public StoredHooks(Store store, Consumer<String> warnings) {
    this.store = store;
    this.warnings = warnings;
  }

  /** The store of the environment ({@code PRECOMMIT_HOME}, else the cache directory). */
  public static StoredHooks standard(Map<String, String> env, Consumer<String> warnings) {
    return new StoredHooks(Store.forEnvironment(env), warnings);
  }

  /**
   * The hooks {@code repo} contributes to {@code config}, in config order, read from the clone of
   * its rev; empty when the store has no such clone. Hooks with additional dependencies point at
   * the plain clone: callers only read their definitions.
   *
   * @throws MissingHookException when the clone's manifest lacks a hook the config names
   */
  public Optional<List<Hook>> resolve(RepoConfig repo, Config config) {
    Optional<Path> clone = store.findClone(repo.repo(), repo.rev(), List.of());
    if (clone.isEmpty()) {
      return Optional.empty();
    }
    Path base = clone.get();
    Map<String, HookConfig> manifest = new LinkedHashMap<>();
    for (HookConfig hook :
        ManifestLoader.load(
                base.resolve(HookResolver.MANIFEST),
                repo.repo() + " " + HookResolver.MANIFEST,
                repo.repo(),
                warnings)
            .hooks()) {
      manifest.put(hook.id(), hook);
    }
    List<Hook> hooks = new ArrayList<>();
    for (Map<String, Object> overrides : repo.hooks()) {
      String id = String.valueOf(overrides.get("id"));
      HookConfig defined = manifest.get(id);
      if (defined == null) {
        throw new MissingHookException(id, repo.repo());
      }
      hooks.add(new Hook(repo.repo(), HookConfigs.merge(defined, overrides, config), base));
    }
    return Optional.of(hooks);
  }

  /**
   * As {@link #resolve}, but a repository missing from the store gives one placeholder per hook the
   * config names: the entry's keys over an empty definition (name defaults to the id, language to
   * {@code ""}, stages to {@code default_stages}), prefix null.
   */
  public List<Hook> resolveOrPlaceholders(RepoConfig repo, Config config) {
    return resolve(repo, config)
        .orElseGet(
            () ->
                repo.hooks().stream()
                    .map(
                        entry -> {
                          HookConfig empty =
                              HookConfigs.definition(
                                  Map.of("id", String.valueOf(entry.get("id")), "language", ""));
                          return new Hook(
                              repo.repo(), HookConfigs.merge(empty, entry, config), null);
                        })
                    .toList());
  }

  /**
   * Every hook of {@code config}, in config order, as {@link ConfiguredHooks} resolves them, with
   * remote repositories read from the store or given as placeholders.
   */
  public List<Hook> allOf(Config config, Path root, Output output) {
    return ConfiguredHooks.resolve(
        config,
        root,
        BuiltinChecks.standard(),
        MetaHooks.standard(),
        output,
        repo -> resolveOrPlaceholders(repo, config));
  }

  /** True for a hook of a repository the store does not hold: only its config entry is known. */
  public static boolean isPlaceholder(Hook hook) {
    return hook.prefix() == null;
  }
}
