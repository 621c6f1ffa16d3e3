package dev.precommit.config;

import dev.precommit.FatalException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Builds the {@link HookConfig} a hook runs with, as pre-commit does when it creates a hook: the
 * config's mapping laid over the hook's definition (a plain key-by-key replacement), then {@code
 * stages} and {@code language_version} defaulted from the config's {@code default_stages} and
 * {@code default_language_version}, then the hook's {@code minimum_pre_commit_version} checked.
 *
 * <p>A definition (manifest entry, meta or builtin default) keeps "not set" visible: empty {@code
 * stages} and {@code language_version} {@code default}. Build definitions with {@link #definition};
 * {@link HookConfig#of} fills every stage and would hide {@code default_stages}.
 */
public final class HookConfigs {
  private HookConfigs() {}

  /** A {@code repo: local} hook: its checked mapping is the whole definition. */
  public static HookConfig fromLocal(Map<String, Object> hook, Config config) {
    return resolve(fromMap(hook), config);
  }

  /**
   * A remote, meta or builtin hook: {@code overrides} (the checked mapping from the config, at
   * least {@code id}) laid over {@code definition}.
   */
  public static HookConfig merge(
      HookConfig definition, Map<String, Object> overrides, Config config) {
    Map<String, Object> merged = toMap(definition);
    merged.putAll(overrides);
    return resolve(fromMap(merged), config);
  }

  /**
   * An unresolved hook definition from a mapping with pre-commit's keys and value types (strings,
   * booleans, lists of strings): what manifests yield and what meta and builtin hooks declare. Keys
   * left out take pre-commit's defaults; {@code name} defaults to {@code id}.
   */
  public static HookConfig definition(Map<String, Object> hook) {
    return fromMap(hook);
  }

  /**
   * Applies the config's defaults to a definition: empty stages become {@code default_stages};
   * language version {@code default} becomes {@code default_language_version[language]} when set.
   *
   * @throws FatalException when the hook needs a newer pre-commit than we implement
   */
  public static HookConfig resolve(HookConfig hook, Config config) {
    requireSupportedVersion(hook);
    List<Stage> stages = hook.stages().isEmpty() ? config.defaultStages() : hook.stages();
    String languageVersion = hook.languageVersion();
    if (languageVersion.equals(Constants.DEFAULT)) {
      languageVersion =
          config.defaultLanguageVersion().getOrDefault(hook.language(), Constants.DEFAULT);
    }
    return new HookConfig(
        hook.id(),
        hook.name(),
        hook.entry(),
        hook.language(),
        hook.alias(),
        hook.files(),
        hook.exclude(),
        hook.types(),
        hook.typesOr(),
        hook.excludeTypes(),
        hook.additionalDependencies(),
        hook.args(),
        hook.alwaysRun(),
        hook.failFast(),
        hook.passFilenames(),
        hook.description(),
        languageVersion,
        hook.logFile(),
        hook.requireSerial(),
        stages,
        hook.verbose(),
        hook.minimumPreCommitVersion(),
        hook.priority());
  }

  private static void requireSupportedVersion(HookConfig hook) {
    String version = hook.minimumPreCommitVersion();
    boolean unsupported;
    try {
      unsupported = MinimumVersion.isUnsupported(version);
    } catch (NumberFormatException e) {
      throw new FatalException(
          "The hook `"
              + hook.id()
              + "` has minimum_pre_commit_version "
              + PythonRepr.string(version)
              + ", which is not a version (expected numbers separated by dots).");
    }
    if (unsupported) {
      throw new FatalException(
          "The hook `"
              + hook.id()
              + "` requires pre-commit version "
              + version
              + " but precommit is compatible with version "
              + Constants.PRE_COMMIT_VERSION
              + ".  Perhaps upgrade precommit.");
    }
  }

  private static HookConfig fromMap(Map<String, Object> hook) {
    String id = (String) hook.get("id");
    return new HookConfig(
        id,
        (String) hook.getOrDefault("name", id),
        (String) hook.get("entry"),
        (String) hook.get("language"),
        (String) hook.get("alias"),
        (String) hook.get("files"),
        (String) hook.get("exclude"),
        strings(hook.get("types")),
        strings(hook.get("types_or")),
        strings(hook.get("exclude_types")),
        strings(hook.get("additional_dependencies")),
        strings(hook.get("args")),
        bool(hook, "always_run", false),
        bool(hook, "fail_fast", false),
        bool(hook, "pass_filenames", true),
        (String) hook.get("description"),
        (String) hook.get("language_version"),
        (String) hook.get("log_file"),
        bool(hook, "require_serial", false),
        stages(hook.get("stages")),
        bool(hook, "verbose", false),
        (String) hook.get("minimum_pre_commit_version"),
        hook.get("priority") instanceof Integer p ? OptionalInt.of(p) : OptionalInt.empty());
  }

  private static Map<String, Object> toMap(HookConfig hook) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", hook.id());
    map.put("name", hook.name());
    map.put("entry", hook.entry());
    map.put("language", hook.language());
    map.put("alias", hook.alias());
    map.put("files", hook.files());
    map.put("exclude", hook.exclude());
    map.put("types", hook.types());
    map.put("types_or", hook.typesOr());
    map.put("exclude_types", hook.excludeTypes());
    map.put("additional_dependencies", hook.additionalDependencies());
    map.put("args", hook.args());
    map.put("always_run", hook.alwaysRun());
    map.put("fail_fast", hook.failFast());
    map.put("pass_filenames", hook.passFilenames());
    map.put("description", hook.description());
    map.put("language_version", hook.languageVersion());
    map.put("log_file", hook.logFile());
    map.put("require_serial", hook.requireSerial());
    List<String> stages = new ArrayList<>(hook.stages().size());
    for (Stage stage : hook.stages()) {
      stages.add(stage.id());
    }
    map.put("stages", stages);
    map.put("verbose", hook.verbose());
    map.put("minimum_pre_commit_version", hook.minimumPreCommitVersion());
    hook.priority().ifPresent(p -> map.put("priority", p));
    return map;
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object value) {
    return (List<String>) value;
  }

  private static boolean bool(Map<String, Object> hook, String key, boolean otherwise) {
    Object value = hook.get(key);
    return value == null ? otherwise : (Boolean) value;
  }

  private static List<Stage> stages(Object value) {
    if (value == null) {
      return List.of();
    }
    List<Stage> stages = new ArrayList<>();
    for (Object id : (List<?>) value) {
      stages.add(ConfigLoader.stage((String) id));
    }
    return stages;
  }
}
