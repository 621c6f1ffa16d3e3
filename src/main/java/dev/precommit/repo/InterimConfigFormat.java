package dev.precommit.repo;

import dev.precommit.config.Config;
import dev.precommit.config.HookConfig;
import dev.precommit.config.InvalidConfigException;
import dev.precommit.config.RepoConfig;
import dev.precommit.config.Stage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A minimal reading of configs and manifests (SnakeYAML, safe constructor), with only the checks
 * remote repositories need. Stands in for the config package's loader until it is merged; replace
 * it with a {@link ConfigFormat} that delegates there.
 */
public final class InterimConfigFormat implements ConfigFormat {

  @Override
  public Config loadConfig(Path file) {
    Object root = parse(file, file.toString());
    if (!(root instanceof Map<?, ?> map)) {
      throw new InvalidConfigException(file.toString(), List.of(), "expected a mapping");
    }
    Object repos = map.get("repos");
    if (!(repos instanceof List<?> list)) {
      throw new InvalidConfigException(file.toString(), List.of("repos"), "expected a list");
    }
    List<RepoConfig> repoConfigs = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof Map<?, ?> repo) || !(repo.get("repo") instanceof String name)) {
        throw new InvalidConfigException(
            file.toString(), List.of("repos", String.valueOf(i)), "expected a repo mapping");
      }
      List<Map<String, Object>> hooks = new ArrayList<>();
      if (repo.get("hooks") instanceof List<?> hookList) {
        for (Object hook : hookList) {
          if (hook instanceof Map<?, ?> hookMap) {
            hooks.add(stringKeys(hookMap));
          }
        }
      }
      Object rev = repo.get("rev");
      repoConfigs.add(new RepoConfig(name, rev == null ? null : String.valueOf(rev), hooks));
    }
    Map<String, String> languageVersions = new LinkedHashMap<>();
    if (map.get("default_language_version") instanceof Map<?, ?> versions) {
      versions.forEach((k, v) -> languageVersions.put(String.valueOf(k), String.valueOf(v)));
    }
    List<Stage> defaultStages =
        map.containsKey("default_stages")
            ? stages(map.get("default_stages"))
            : List.of(Stage.values());
    return new Config(
        file,
        String.valueOf(map.containsKey("minimum_pre_commit_version")
            ? map.get("minimum_pre_commit_version") : "0"),
        repoConfigs,
        map.containsKey("default_install_hook_types")
            ? stages(map.get("default_install_hook_types"))
            : List.of(Stage.PRE_COMMIT),
        languageVersions,
        defaultStages,
        map.get("files") instanceof String s ? s : "",
        map.get("exclude") instanceof String s ? s : "^$",
        Boolean.TRUE.equals(map.get("fail_fast")));
  }

  @Override
  public List<HookConfig> loadManifest(Path file, String repo) {
    if (!Files.isRegularFile(file)) {
      throw new InvalidConfigException(
          file.toString(), List.of(), repo + " has no " + file.getFileName() + " at this rev");
    }
    Object root = parse(file, file.toString());
    if (!(root instanceof List<?> list)) {
      throw new InvalidConfigException(file.toString(), List.of(), "expected a list of hooks");
    }
    List<HookConfig> hooks = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof Map<?, ?> map)) {
        throw new InvalidConfigException(
            file.toString(), List.of(String.valueOf(i)), "expected a hook mapping");
      }
      Map<String, Object> hook = stringKeys(map);
      for (String required : List.of("id", "name", "entry", "language")) {
        if (!(hook.get(required) instanceof String)) {
          throw new InvalidConfigException(
              file.toString(), List.of(String.valueOf(i), required), "missing required key");
        }
      }
      hooks.add(toHook(hook, null));
    }
    return hooks;
  }

  @Override
  public HookConfig merge(HookConfig manifestHook, Map<String, Object> overrides, Config config) {
    Map<String, Object> merged = toMap(manifestHook);
    merged.putAll(overrides);
    return toHook(merged, config);
  }

  @Override
  public HookConfig local(Map<String, Object> hook, Config config) {
    return toHook(hook, config);
  }

  private static Object parse(Path file, String name) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    } catch (NoSuchFileException e) {
      throw new InvalidConfigException(name, List.of(), name + " is not a file");
    } catch (IOException | YAMLException e) {
      throw new InvalidConfigException(
          name, List.of(), String.valueOf(e.getMessage()).replaceAll("\\s*\\R\\s*", " "));
    }
  }

  private static Map<String, Object> stringKeys(Map<?, ?> map) {
    Map<String, Object> result = new LinkedHashMap<>();
    map.forEach((k, v) -> result.put(String.valueOf(k), v));
    return result;
  }

  /** Builds a hook; {@code config} (when given) fills unset stages and language_version. */
  static HookConfig toHook(Map<String, Object> m, Config config) {
    String language = str(m, "language");
    List<Stage> stages = m.get("stages") instanceof List<?> ? stages(m.get("stages")) : null;
    if ((stages == null || stages.isEmpty()) && config != null) {
      stages = config.defaultStages();
    }
    String languageVersion = str(m, "language_version");
    if ((languageVersion == null || languageVersion.equals("default")) && config != null) {
      languageVersion = config.defaultLanguageVersion().get(language);
    }
    return new HookConfig(
        str(m, "id"),
        str(m, "name"),
        str(m, "entry"),
        language,
        str(m, "alias"),
        str(m, "files"),
        str(m, "exclude"),
        strings(m, "types"),
        strings(m, "types_or"),
        strings(m, "exclude_types"),
        strings(m, "additional_dependencies"),
        strings(m, "args"),
        bool(m, "always_run", false),
        bool(m, "fail_fast", false),
        bool(m, "pass_filenames", true),
        str(m, "description"),
        languageVersion,
        str(m, "log_file"),
        bool(m, "require_serial", false),
        stages,
        bool(m, "verbose", false),
        str(m, "minimum_pre_commit_version"));
  }

  /** The hook's keys as a manifest would spell them; stages left out when they are all stages. */
  static Map<String, Object> toMap(HookConfig h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", h.id());
    m.put("name", h.name());
    m.put("entry", h.entry());
    m.put("language", h.language());
    m.put("alias", h.alias());
    m.put("files", h.files());
    m.put("exclude", h.exclude());
    m.put("types", h.types());
    m.put("types_or", h.typesOr());
    m.put("exclude_types", h.excludeTypes());
    m.put("additional_dependencies", h.additionalDependencies());
    m.put("args", h.args());
    m.put("always_run", h.alwaysRun());
    m.put("fail_fast", h.failFast());
    m.put("pass_filenames", h.passFilenames());
    m.put("description", h.description());
    m.put("language_version", h.languageVersion());
    m.put("log_file", h.logFile());
    m.put("require_serial", h.requireSerial());
    if (!h.stages().equals(List.of(Stage.values()))) {
      m.put("stages", h.stages().stream().map(Stage::id).toList());
    }
    m.put("verbose", h.verbose());
    m.put("minimum_pre_commit_version", h.minimumPreCommitVersion());
    return m;
  }

  private static String str(Map<String, Object> m, String key) {
    Object v = m.get(key);
    return v == null ? null : String.valueOf(v);
  }

  private static boolean bool(Map<String, Object> m, String key, boolean otherwise) {
    return m.get(key) instanceof Boolean b ? b : otherwise;
  }

  private static List<String> strings(Map<String, Object> m, String key) {
    Object v = m.get(key);
    if (v == null) {
      return null;
    }
    if (v instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return List.of(String.valueOf(v));
  }

  private static List<Stage> stages(Object value) {
    List<Stage> result = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object o : list) {
        Stage.fromId(String.valueOf(o)).ifPresent(result::add);
      }
    }
    return result;
  }
}
