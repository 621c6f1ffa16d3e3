package dev.precommit.install;

import dev.precommit.config.Stage;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Which hook types {@code install} and {@code uninstall} act on: the {@code -t} options, else the
 * config's {@code default_install_hook_types}, else {@code pre-commit} (also when the config is
 * missing or broken, so a broken config never blocks installing the hook that reports it).
 */
public final class InstallHookTypes {
  private InstallHookTypes() {}

  public static List<Stage> resolve(List<Stage> explicit, Path configFile) {
    if (explicit != null && !explicit.isEmpty()) {
      return List.copyOf(explicit);
    }
    return fromConfig(configFile).orElse(List.of(Stage.PRE_COMMIT));
  }

  /** The config's {@code default_install_hook_types}, when the file and the key are readable. */
  static Optional<List<Stage>> fromConfig(Path configFile) {
    if (!Files.isRegularFile(configFile)) {
      return Optional.empty();
    }
    Object document;
    try (Reader reader = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
      document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
    } catch (IOException | YAMLException e) {
      return Optional.empty();
    }
    if (!(document instanceof Map<?, ?> map)) {
      return Optional.empty();
    }
    Object value = map.get("default_install_hook_types");
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof List<?> names)) {
      return Optional.empty();
    }
    List<Stage> types = new ArrayList<>();
    for (Object name : names) {
      Optional<Stage> stage = Stage.fromId(String.valueOf(name)).filter(Stage::isHookType);
      if (stage.isEmpty()) {
        return Optional.empty();
      }
      types.add(stage.get());
    }
    return Optional.of(List.copyOf(types));
  }
}
