package dev.precommit.config;

import static dev.precommit.config.SchemaCheck.at;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Loads {@code .pre-commit-config.yaml} and checks it against pre-commit's schema, key by key in
 * pre-commit's order, so the first problem reported and every warning text are pre-commit's. The
 * YAML is read safely into maps and lists and converted by hand: no reflection, no binding
 * framework, since this runs on every {@code git commit}.
 *
 * <p>Beyond pre-commit: {@code repo: builtin} (hooks that run inside the engine) is accepted like
 * {@code local} and {@code meta}, without {@code rev}; {@code language} also accepts {@code jvm}
 * and {@code builtin}. Language names are kept as written ({@code system} stays {@code system}):
 * the language registry knows the aliases.
 */
public final class ConfigLoader {
  private static final Set<String> ROOT_KEYS =
      Set.of(
          "repos",
          "default_install_hook_types",
          "default_language_version",
          "default_stages",
          "files",
          "exclude",
          "fail_fast",
          "minimum_pre_commit_version",
          "orphan",
          "ci");

  private static final Set<String> REPO_KEYS = Set.of("repo", "rev", "hooks");

  /** The installable hook types, sorted; a literal, as streams cost start-up time. */
  static final List<String> HOOK_TYPE_IDS =
      List.of(
          "commit-msg",
          "post-checkout",
          "post-commit",
          "post-merge",
          "post-rewrite",
          "pre-commit",
          "pre-merge-commit",
          "pre-push",
          "pre-rebase",
          "prepare-commit-msg");

  private static final Pattern IMMUTABLE_REV = Pattern.compile("[a-fA-F0-9]+");

  private ConfigLoader() {}

  /** Loads {@code file}, naming it in messages as it is spelled here. */
  public static LoadedConfig load(Path file) {
    return load(file, file.toString(), null);
  }

  /**
   * Loads {@code file}, naming it {@code name} in messages (the path as the user typed it).
   * Warnings go to {@code warnings} (if not null) as they arise, before any error, and are also in
   * the result.
   *
   * @throws InvalidConfigException when the file is missing, not YAML, or not a valid config
   */
  public static LoadedConfig load(Path file, String name, Consumer<String> warnings) {
    return load(file, name, warnings, null);
  }

  /**
   * As {@link #load(Path, String, Consumer)}, taking the parsed YAML from {@code cache} (if not
   * null) when it holds this exact text: the hook path's way to skip a cold parse.
   */
  public static LoadedConfig load(
      Path file, String name, Consumer<String> warnings, ParsedYamlCache cache) {
    String text;
    try {
      text = YamlReader.readText(file, name);
    } catch (NoSuchFileException e) {
      throw InvalidConfigException.notAFile(
          name, "create one with `precommit sample-config > " + name + "`");
    } catch (IOException e) {
      throw new InvalidConfigException(name, List.of(), YamlReader.unreadable(e));
    }
    return parse(text, file, name, warnings, cache);
  }

  /**
   * As {@link #load(Path, String, Consumer, ParsedYamlCache)}, for {@code text} already read from
   * {@code file}.
   */
  public static LoadedConfig load(
      String text, Path file, String name, Consumer<String> warnings, ParsedYamlCache cache) {
    return parse(text, file, name, warnings, cache);
  }

  /** Checks config text that did not come from a file (try-repo, tests). */
  public static LoadedConfig parse(String text, String name) {
    return parse(text, Path.of(name), name, null, null);
  }

  private static LoadedConfig parse(
      String text, Path file, String name, Consumer<String> sink, ParsedYamlCache cache) {
    WarningList warnings = new WarningList(sink);
    SchemaCheck check = new SchemaCheck(name, warnings);
    Object document = cache == null ? YamlReader.parse(text, name) : cache.parse(text, name);
    if (document == null) {
      throw check.error(
          List.of(),
          "the file is empty; a config needs at least `repos: []`"
              + " (`precommit sample-config` prints a starting point)");
    }
    if (document instanceof List) {
      throw check.error(
          List.of(),
          "a top-level list is the old config format; run `precommit migrate-config` to"
              + " rewrite it under `repos:`");
    }
    Map<Object, Object> root = check.map(document, "Config", List.of());
    List<String> lateWarnings = new ArrayList<>();
    Config config = config(root, file, check, lateWarnings);
    for (String warning : lateWarnings) {
      warnings.accept(warning);
    }
    return new LoadedConfig(config, warnings.all());
  }

  private static Config config(
      Map<Object, Object> root, Path file, SchemaCheck check, List<String> lateWarnings) {
    List<String> top = List.of("At Config()");
    String minimumVersion = "0";
    if (root.containsKey("minimum_pre_commit_version")) {
      List<String> path = at(top, "minimum_pre_commit_version");
      minimumVersion = check.string(root.get("minimum_pre_commit_version"), path);
      requireSupported(minimumVersion, path, check);
    }

    List<String> reposPath = at(top, "repos");
    List<?> rawRepos = check.array(check.required(root, "repos", top, ROOT_KEYS), reposPath);
    List<RepoConfig> repos = new ArrayList<>(rawRepos.size());
    for (Object rawRepo : rawRepos) {
      repos.add(repo(rawRepo, reposPath, check, lateWarnings));
    }

    List<Stage> installTypes = List.of(Stage.PRE_COMMIT);
    if (root.containsKey("default_install_hook_types")) {
      List<String> path = at(top, "default_install_hook_types");
      List<?> list = check.array(root.get("default_install_hook_types"), path);
      List<Stage> types = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        types.add(stage(check.oneOf(list.get(i), HOOK_TYPE_IDS, at(path, i))));
      }
      installTypes = types;
    }

    Map<String, String> languageVersions = Map.of();
    if (root.containsKey("default_language_version")) {
      languageVersions =
          languageVersions(
              root.get("default_language_version"), at(top, "default_language_version"), check);
    }

    List<Stage> defaultStages = List.of(Stage.values());
    if (root.containsKey("default_stages")) {
      List<String> legacy = new ArrayList<>();
      List<String> names =
          HookSchema.stages(root.get("default_stages"), at(top, "default_stages"), check, legacy);
      List<Stage> stages = new ArrayList<>(names.size());
      for (String stage : names) {
        stages.add(stage(stage));
      }
      defaultStages = stages;
      if (!legacy.isEmpty()) {
        check.warn(
            "top-level `default_stages` uses deprecated stage names ("
                + String.join(", ", legacy)
                + ") which will be removed in a future version.  run: `precommit migrate-config`"
                + " to automatically fix this.");
      }
    }

    String files = "";
    if (root.containsKey("files")) {
      files = check.regex(root.get("files"), at(top, "files"));
    }
    String exclude = "^$";
    if (root.containsKey("exclude")) {
      exclude = check.regex(root.get("exclude"), at(top, "exclude"));
    }
    boolean failFast = false;
    if (root.containsKey("fail_fast")) {
      failFast = check.bool(root.get("fail_fast"), at(top, "fail_fast"));
    }
    boolean orphan = false;
    if (root.containsKey("orphan")) {
      orphan = check.bool(root.get("orphan"), at(top, "orphan"));
    }

    Set<String> unknown = unknownKeys(root, ROOT_KEYS);
    if (!unknown.isEmpty()) {
      check.warn("Unexpected key(s) present at root: " + String.join(", ", unknown));
    }
    if (root.containsKey("files")) {
      HookSchema.sensibleTopLevelRegex("files", files, check);
    }
    if (root.containsKey("exclude")) {
      HookSchema.sensibleTopLevelRegex("exclude", exclude, check);
    }
    if (root.containsKey("ci") && !(root.get("ci") instanceof Map)) {
      throw check.error(at(top, "ci"), "Expected dict got " + PythonRepr.typeName(root.get("ci")));
    }

    return new Config(
        file,
        minimumVersion,
        repos,
        installTypes,
        languageVersions,
        defaultStages,
        files,
        exclude,
        failFast,
        orphan);
  }

  private static RepoConfig repo(
      Object raw, List<String> reposPath, SchemaCheck check, List<String> lateWarnings) {
    Map<Object, Object> repo = check.map(raw, "Repository", reposPath);
    List<String> path = SchemaCheck.object(reposPath, "Repository", "repo", repo);
    String name = check.string(check.required(repo, "repo", path, REPO_KEYS), at(path, "repo"));
    HookSchema.Kind kind =
        switch (name) {
          case RepoConfig.LOCAL -> HookSchema.Kind.LOCAL;
          case RepoConfig.META -> HookSchema.Kind.META;
          default -> HookSchema.Kind.OVERRIDE;
        };
    boolean remote =
        !(name.equals(RepoConfig.LOCAL)
            || name.equals(RepoConfig.META)
            || name.equals(RepoConfig.BUILTIN));

    List<String> hooksPath = at(path, "hooks");
    List<?> rawHooks = check.array(check.required(repo, "hooks", path, REPO_KEYS), hooksPath);
    List<Map<String, Object>> hooks = new ArrayList<>(rawHooks.size());
    for (Object rawHook : rawHooks) {
      hooks.add(HookSchema.check(rawHook, kind, hooksPath, check, name, lateWarnings));
    }

    String rev = null;
    if (remote) {
      rev = check.string(check.required(repo, "rev", path, REPO_KEYS), at(path, "rev"));
      if (!rev.contains(".") && !IMMUTABLE_REV.matcher(rev).matches()) {
        check.warn(
            "The 'rev' field of repo "
                + PythonRepr.string(name)
                + " appears to be a mutable reference (moving tag / branch).  Mutable references"
                + " are never updated after first install and are not supported.  See"
                + " https://pre-commit.com/#using-the-latest-version-for-a-repository for more"
                + " details.  Hint: `precommit autoupdate` often fixes this.");
      }
    } else {
      check.absent(repo, "rev", "repo", "is any of ('local', 'meta', 'builtin')", path);
    }

    Set<String> unknown = unknownKeys(repo, REPO_KEYS);
    if (!unknown.isEmpty()) {
      check.warn("Unexpected key(s) present on " + name + ": " + String.join(", ", unknown));
    }
    return new RepoConfig(name, rev, hooks);
  }

  private static Map<String, String> languageVersions(
      Object raw, List<String> keyPath, SchemaCheck check) {
    Map<Object, Object> map = check.map(raw, "DefaultLanguageVersion", keyPath);
    List<String> path = SchemaCheck.object(keyPath, "DefaultLanguageVersion", null, map);
    Set<String> extra = new TreeSet<>();
    for (Object key : map.keySet()) {
      if (!(key instanceof String s) || !LanguageNames.isKnown(s)) {
        extra.add(String.valueOf(key));
      }
    }
    if (!extra.isEmpty()) {
      throw check.error(
          path,
          "Additional keys found: "
              + String.join(", ", extra)
              + ".  Only these keys are allowed: "
              + String.join(", ", LanguageNames.canonical()));
    }
    Map<String, String> versions = new LinkedHashMap<>();
    for (Map.Entry<Object, Object> entry : map.entrySet()) {
      String language = (String) entry.getKey();
      versions.put(language, check.string(entry.getValue(), at(path, language)));
    }
    return versions;
  }

  private static void requireSupported(String version, List<String> path, SchemaCheck check) {
    boolean unsupported;
    try {
      unsupported = MinimumVersion.isUnsupported(version);
    } catch (NumberFormatException e) {
      throw check.error(
          path,
          PythonRepr.string(version) + " is not a version (expected numbers separated by dots)");
    }
    if (unsupported) {
      throw check.error(path, MinimumVersion.problem(version));
    }
  }

  private static Set<String> unknownKeys(Map<Object, Object> map, Set<String> known) {
    Set<String> unknown = new TreeSet<>();
    for (Object key : map.keySet()) {
      if (!known.contains(key)) {
        unknown.add(String.valueOf(key));
      }
    }
    return unknown;
  }

  /** The stage named {@code id} (a current name, already checked). */
  static Stage stage(String id) {
    for (Stage stage : Stage.values()) {
      if (stage.id().equals(id)) {
        return stage;
      }
    }
    throw new IllegalArgumentException(id);
  }
}
