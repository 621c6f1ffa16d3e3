package dev.precommit.config;

import dev.precommit.cli.FatalException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Placeholder until the config branch lands. */
public final class ConfigLoader {
  private ConfigLoader() {}

  @SuppressWarnings("unchecked")
  public static LoadedConfig load(Path path) {
    Map<String, Object> root;
    try (Reader r = Files.newBufferedReader(path)) {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
    } catch (IOException e) {
      throw new FatalException("cannot read " + path + ": " + e.getMessage());
    }
    List<RepoConfig> repos = new ArrayList<>();
    for (Map<String, Object> repo : (List<Map<String, Object>>) root.get("repos")) {
      repos.add(
          new RepoConfig(
              (String) repo.get("repo"),
              (String) repo.get("rev"),
              (List<Map<String, Object>>) repo.get("hooks")));
    }
    Config config =
        new Config(
            path,
            "0",
            repos,
            List.of(Stage.PRE_COMMIT),
            Map.of(),
            List.of(Stage.values()),
            (String) root.getOrDefault("files", ""),
            (String) root.getOrDefault("exclude", "^$"),
            Boolean.TRUE.equals(root.get("fail_fast")));
    return new LoadedConfig(config, List.of());
  }
}
