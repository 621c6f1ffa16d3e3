package dev.precommit.repo;

import dev.precommit.config.Config;
import dev.precommit.config.HookConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The three config-reading operations remote repositories need, behind one seam: the config
 * package owns the real loader, schema and override merging; {@link InterimConfigFormat} is a
 * minimal stand-in until that lands, to be replaced by a delegate to it.
 */
public interface ConfigFormat {

  /** Reads and checks a {@code .pre-commit-config.yaml}. */
  Config loadConfig(Path file);

  /** Reads a hook repository's {@code .pre-commit-hooks.yaml}; {@code repo} names it in errors. */
  List<HookConfig> loadManifest(Path file, String repo);

  /**
   * The hook as the config uses it: {@code overrides} (the config's keys for this hook, {@code id}
   * included) over the manifest's definition, with the config's {@code default_stages} and {@code
   * default_language_version} filling what neither sets.
   */
  HookConfig merge(HookConfig manifestHook, Map<String, Object> overrides, Config config);

  /** A {@code repo: local} hook: its mapping is complete, defaults from {@code config}. */
  HookConfig local(Map<String, Object> hook, Config config);
}
