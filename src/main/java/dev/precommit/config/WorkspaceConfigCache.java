package dev.precommit.config;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The loaded configs of a workspace's projects, kept in one file of the cache directory per
 * repository and workspace root: without it a commit in a repository of 50 projects reads 50
 * parsed-YAML entries and checks 50 configs against the schema on every run, the largest cost a
 * project adds. The file holds the name and the whole text of every config it was loaded from and
 * is used only when the run's configs are the same files, in the same order, with the same text: a
 * config edited, added or removed, or a checkout that changes one, is a miss (and the file is
 * rewritten), while a commit that touches no config is a hit whatever else moved. One written by
 * another build of precommit is ignored. Each config's warnings are kept with it, so a hit warns as
 * a load does. Every cache failure falls back to loading: the cache can make a run faster, never
 * different.
 */
public final class WorkspaceConfigCache {
  private static final String FORMAT = "precommit-workspace-configs 1 ";

  private final Path file;
  private final String version;

  /**
   * @param file the cache file (its directory is created on first write)
   * @param version names the build, part of the file's header; null turns caching off
   */
  public WorkspaceConfigCache(Path file, String version) {
    this.file = file;
    this.version = version;
  }

  /**
   * The cache of the workspace {@code workspaceRoot} of the repository {@code repoRoot}, in {@code
   * dir}, for this very build (as {@link ParsedYamlCache#forThisBuild}).
   */
  public static WorkspaceConfigCache forThisBuild(Path dir, Path repoRoot, String workspaceRoot) {
    String key = repoRoot.toAbsolutePath().normalize() + "\0" + workspaceRoot;
    return new WorkspaceConfigCache(
        dir.resolve(
            "workspace-" + Integer.toHexString(key.hashCode()) + "-" + key.length() + ".bin"),
        ParsedYamlCache.buildStamp());
  }

  /** The texts of {@code files}, or null when one cannot be read (then loading reports it). */
  public static List<String> texts(List<Path> files, List<String> names) {
    List<String> texts = new ArrayList<>(files.size());
    for (int i = 0; i < files.size(); i++) {
      try {
        texts.add(YamlReader.readText(files.get(i), names.get(i)));
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }
    return texts;
  }

  /**
   * The configs loaded from {@code files}, named {@code names}, whose texts are {@code texts}, as
   * stored; null unless the cache holds exactly these. Their warnings are not given: the caller
   * hands them on, config by config.
   */
  public List<LoadedConfig> lookup(List<Path> files, List<String> names, List<String> texts) {
    if (version == null || texts == null) {
      return null;
    }
    try (DataInputStream in =
        new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
      if (!ParsedYamlCache.readString(in).equals(FORMAT + version)
          || in.readInt() != names.size()) {
        return null;
      }
      for (int i = 0; i < names.size(); i++) {
        if (!ParsedYamlCache.readString(in).equals(names.get(i))
            || !ParsedYamlCache.readString(in).equals(texts.get(i))) {
          return null;
        }
      }
      List<LoadedConfig> loaded = new ArrayList<>(names.size());
      for (Path path : files) {
        loaded.add(fromTree(path, ParsedYamlCache.readValue(in)));
      }
      return loaded;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Keeps {@code loaded}, the configs of {@code names} with {@code texts}, for the next run. */
  public void store(List<String> names, List<String> texts, List<LoadedConfig> loaded) {
    if (version == null || texts == null) {
      return;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      ParsedYamlCache.writeString(out, FORMAT + version);
      out.writeInt(names.size());
      for (int i = 0; i < names.size(); i++) {
        ParsedYamlCache.writeString(out, names.get(i));
        ParsedYamlCache.writeString(out, texts.get(i));
      }
      for (LoadedConfig one : loaded) {
        ParsedYamlCache.writeValue(out, toTree(one), new IdentityHashMap<>());
      }
    } catch (IOException | ParsedYamlCache.Unsupported | RuntimeException e) {
      return;
    }
    try {
      ParsedYamlCache.writeAtomically(file, bytes.toByteArray());
    } catch (IOException | RuntimeException e) {
      // A read-only or full cache only costs the next run the loading.
    }
  }

  private static Map<String, Object> toTree(LoadedConfig loaded) {
    Config config = loaded.config();
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("minimum", config.minimumPreCommitVersion());
    List<Object> repos = new ArrayList<>();
    for (RepoConfig repo : config.repos()) {
      repos.add(new ArrayList<>(Arrays.asList(repo.repo(), repo.rev(), repo.hooks())));
    }
    tree.put("repos", repos);
    tree.put("installTypes", names(config.defaultInstallHookTypes()));
    tree.put("languageVersion", config.defaultLanguageVersion());
    tree.put("stages", names(config.defaultStages()));
    tree.put("files", config.files());
    tree.put("exclude", config.exclude());
    tree.put("failFast", config.failFast());
    tree.put("orphan", config.orphan());
    tree.put("warnings", loaded.warnings());
    return tree;
  }

  @SuppressWarnings("unchecked")
  private static LoadedConfig fromTree(Path path, Object value) {
    Map<String, Object> tree = (Map<String, Object>) value;
    List<RepoConfig> repos = new ArrayList<>();
    for (Object entry : (List<Object>) tree.get("repos")) {
      List<Object> repo = (List<Object>) entry;
      // Read-only, as the loader's hook maps are.
      List<Map<String, Object>> hooks =
          ((List<Map<String, Object>>) repo.get(2))
              .stream().map(Collections::unmodifiableMap).toList();
      repos.add(new RepoConfig((String) repo.get(0), (String) repo.get(1), hooks));
    }
    Config config =
        new Config(
            path,
            (String) tree.get("minimum"),
            repos,
            stages((List<String>) tree.get("installTypes")),
            (Map<String, String>) tree.get("languageVersion"),
            stages((List<String>) tree.get("stages")),
            (String) tree.get("files"),
            (String) tree.get("exclude"),
            (Boolean) tree.get("failFast"),
            (Boolean) tree.get("orphan"));
    return new LoadedConfig(config, (List<String>) tree.get("warnings"));
  }

  private static List<String> names(List<Stage> stages) {
    return stages.stream().map(Stage::name).toList();
  }

  private static List<Stage> stages(List<String> names) {
    return names.stream().map(Stage::valueOf).toList();
  }
}
