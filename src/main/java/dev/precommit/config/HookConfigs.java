package dev.precommit.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Placeholder until the config branch lands. */
public final class HookConfigs {
  private HookConfigs() {}

  public static HookConfig fromLocal(Map<String, Object> map, Config config) {
    return merge(HookConfig.of((String) map.get("id"), null, null, "system"), map, config);
  }

  @SuppressWarnings("unchecked")
  public static HookConfig merge(HookConfig d, Map<String, Object> overrides, Config config) {
    Map<String, Object> m = new HashMap<>(overrides);
    return new HookConfig(
        (String) m.getOrDefault("id", d.id()),
        (String) m.getOrDefault("name", d.name()),
        (String) m.getOrDefault("entry", d.entry()),
        (String) m.getOrDefault("language", d.language()),
        (String) m.getOrDefault("alias", d.alias()),
        (String) m.getOrDefault("files", d.files()),
        (String) m.getOrDefault("exclude", d.exclude()),
        (List<String>) m.getOrDefault("types", d.types()),
        (List<String>) m.getOrDefault("types_or", d.typesOr()),
        (List<String>) m.getOrDefault("exclude_types", d.excludeTypes()),
        (List<String>) m.getOrDefault("additional_dependencies", d.additionalDependencies()),
        (List<String>) m.getOrDefault("args", d.args()),
        (Boolean) m.getOrDefault("always_run", d.alwaysRun()),
        (Boolean) m.getOrDefault("fail_fast", d.failFast()),
        (Boolean) m.getOrDefault("pass_filenames", d.passFilenames()),
        (String) m.getOrDefault("description", d.description()),
        (String) m.getOrDefault("language_version", d.languageVersion()),
        (String) m.getOrDefault("log_file", d.logFile()),
        (Boolean) m.getOrDefault("require_serial", d.requireSerial()),
        d.stages(),
        (Boolean) m.getOrDefault("verbose", d.verbose()),
        d.minimumPreCommitVersion());
  }
}
