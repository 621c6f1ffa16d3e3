package dev.precommit.config;

import static dev.precommit.config.SchemaCheck.at;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The schema of one hook mapping, in its four flavours: complete (a {@code local} hook or a
 * manifest entry), override (a hook of a remote or {@code builtin} repository: only {@code id}
 * required) and meta (fixed ids, fixed entry). Keys are checked in pre-commit's order so the first
 * error reported is the one pre-commit reports.
 */
final class HookSchema {
  /** How much of a hook the mapping must define. */
  enum Kind {
    /** {@code repo: local}: every required key, plus the config warnings. */
    LOCAL,
    /** {@code .pre-commit-hooks.yaml}: every required key, no config warnings. */
    MANIFEST,
    /** A remote or builtin repository's hook: {@code id} plus the keys it overrides. */
    OVERRIDE,
    /** {@code repo: meta}: one of the meta ids; {@code entry} cannot be set. */
    META
  }

  /** Every hook key, in pre-commit's schema order, then prek's {@code priority}. */
  static final List<String> KEYS =
      List.of(
          "id",
          "name",
          "entry",
          "language",
          "alias",
          "files",
          "exclude",
          "types",
          "types_or",
          "exclude_types",
          "additional_dependencies",
          "args",
          "always_run",
          "fail_fast",
          "pass_filenames",
          "description",
          "language_version",
          "log_file",
          "minimum_pre_commit_version",
          "require_serial",
          "stages",
          "verbose",
          "priority");

  /** The hooks {@code repo: meta} provides. */
  static final List<String> META_IDS =
      List.of("check-hooks-apply", "check-useless-excludes", "identity");

  private static final List<String> REQUIRED = List.of("id", "name", "entry", "language");

  private static final List<String> META_LANGUAGES = List.of("unsupported");

  private static final List<String> SLASH_CLASSES = List.of("[\\\\/]", "[\\/]", "[/\\\\]");

  /** Every stage, sorted; a literal, as streams cost start-up time. */
  private static final List<String> STAGE_IDS =
      List.of(
          "commit-msg",
          "manual",
          "post-checkout",
          "post-commit",
          "post-merge",
          "post-rewrite",
          "pre-commit",
          "pre-merge-commit",
          "pre-push",
          "pre-rebase",
          "prepare-commit-msg");

  private HookSchema() {}

  /**
   * Checks one hook mapping and returns its known keys with checked values (stage names already
   * translated). Unknown keys are left out and named in a warning added to {@code lateWarnings}:
   * pre-commit reports them when it builds the hook, after the whole file validated.
   *
   * @param source the repository as the config names it, for the unknown-key warning
   */
  static Map<String, Object> check(
      Object raw,
      Kind kind,
      List<String> hooksPath,
      SchemaCheck check,
      String source,
      List<String> lateWarnings) {
    Map<Object, Object> hook = check.map(raw, "Hook", hooksPath);
    List<String> path = SchemaCheck.object(hooksPath, "Hook", "id", hook);
    Map<String, Object> result = new LinkedHashMap<>();
    List<String> legacyStages = new ArrayList<>();

    String id = check.string(check.required(hook, "id", path, KEYS), at(path, "id"));
    result.put("id", id);
    if (kind == Kind.META) {
      check.oneOf(id, META_IDS, at(path, "id"));
      if (hook.containsKey("language")) {
        Object language = hook.get("language");
        if (!"system".equals(language)) {
          check.oneOf(language, META_LANGUAGES, at(path, "language"));
        }
      }
      if (hook.containsKey("entry")) {
        throw check.error(path, "'entry' cannot be overridden");
      }
    }
    boolean complete = kind == Kind.LOCAL || kind == Kind.MANIFEST;
    for (String key : KEYS) {
      if (key.equals("id")) {
        continue;
      }
      if (hook.containsKey(key)) {
        result.put(key, value(key, hook.get(key), at(path, key), check, legacyStages));
      } else if (complete && REQUIRED.contains(key)) {
        check.required(hook, key, path, KEYS);
      }
    }

    if (kind != Kind.MANIFEST) {
      sensibleRegex(result, "files", id, check);
      sensibleRegex(result, "exclude", id, check);
      if (!legacyStages.isEmpty()) {
        check.warn(
            "hook id `"
                + id
                + "` uses deprecated stage names ("
                + String.join(", ", legacyStages)
                + ") which will be removed in a future version.  run: `precommit migrate-config`"
                + " to automatically fix this.");
      }
    }
    TreeSet<String> unknown = new TreeSet<>();
    for (Object key : hook.keySet()) {
      if (!KEYS.contains(key)) {
        unknown.add(String.valueOf(key));
      }
    }
    if (!unknown.isEmpty()) {
      lateWarnings.add(
          "Unexpected key(s) present on "
              + source
              + " => "
              + id
              + ": "
              + String.join(", ", unknown));
    }
    return Collections.unmodifiableMap(result);
  }

  private static Object value(
      String key, Object value, List<String> path, SchemaCheck check, List<String> legacyStages) {
    return switch (key) {
      case "language" -> {
        if (value instanceof String s && LanguageNames.isKnown(s)) {
          yield s;
        }
        throw check.error(path, SchemaCheck.notOneOf(value, LanguageNames.canonical()));
      }
      case "files", "exclude" -> check.regex(value, path);
      case "types", "types_or", "exclude_types" -> check.tags(value, path);
      case "additional_dependencies", "args" -> check.strings(value, path);
      case "always_run", "fail_fast", "pass_filenames", "require_serial", "verbose" ->
          check.bool(value, path);
      case "stages" -> stages(value, path, check, legacyStages);
      case "priority" -> check.nonNegative(value, path);
      default -> check.string(value, path);
    };
  }

  /** A stage list with the legacy names translated; the legacy names found go to {@code legacy}. */
  static List<String> stages(
      Object value, List<String> path, SchemaCheck check, List<String> legacy) {
    List<?> list = check.array(value, path);
    List<String> stages = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      Object item = list.get(i);
      Object current = item;
      if (item instanceof String s) {
        String translated = Stage.legacyTranslation(s).orElse(null);
        if (translated != null) {
          legacy.add(s);
          current = translated;
        }
      }
      stages.add(check.oneOf(current, STAGE_IDS, at(path, i)));
    }
    return List.copyOf(stages);
  }

  /** Every stage name, sorted, as pre-commit lists them in messages. */
  static List<String> stageIds() {
    return STAGE_IDS;
  }

  private static void sensibleRegex(
      Map<String, Object> hook, String key, String id, SchemaCheck check) {
    if (!(hook.get(key) instanceof String pattern)) {
      return;
    }
    String keyRepr = PythonRepr.string(key);
    String idRepr = PythonRepr.string(id);
    if (pattern.contains("/*")) {
      check.warn(
          "The "
              + keyRepr
              + " field in hook "
              + idRepr
              + " is a regex, not a glob -- matching '/*' probably isn't what you want here");
    }
    for (String slashes : SLASH_CLASSES) {
      if (pattern.contains(slashes)) {
        check.warn(
            "pre-commit normalizes slashes in the "
                + keyRepr
                + " field in hook "
                + idRepr
                + " to forward slashes, so you can use / instead of "
                + slashes);
      }
    }
  }

  /** The top-level variant of the files/exclude hints. */
  static void sensibleTopLevelRegex(String key, String pattern, SchemaCheck check) {
    String keyRepr = PythonRepr.string(key);
    if (pattern.contains("/*")) {
      check.warn(
          "The top-level "
              + keyRepr
              + " field is a regex, not a glob -- matching '/*' probably isn't what you want"
              + " here");
    }
    for (String slashes : SLASH_CLASSES) {
      if (pattern.contains(slashes)) {
        check.warn(
            "pre-commit normalizes the slashes in the top-level "
                + keyRepr
                + " field to forward slashes, so you can use / instead of "
                + slashes);
      }
    }
  }
}
