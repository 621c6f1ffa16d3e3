package dev.precommit.config;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Loads a hook repository's {@code .pre-commit-hooks.yaml}: a list of complete hook mappings,
 * checked with the same schema as {@code repo: local} hooks.
 */
public final class ManifestLoader {
  private ManifestLoader() {}

  /** Loads {@code file}, naming it and its hooks' source as spelled here. */
  public static LoadedManifest load(Path file) {
    return load(file, file.toString(), file.toString(), null);
  }

  /**
   * Loads {@code file}.
   *
   * @param name how messages name the file
   * @param source the repository, as unknown-key warnings name it ({@code <source> => <id>})
   * @param warnings receives each warning as it arises, if not null (they are also in the result)
   * @throws InvalidManifestException when the file is missing, not YAML, or not a valid manifest
   */
  public static LoadedManifest load(
      Path file, String name, String source, Consumer<String> warnings) {
    String text;
    try {
      text = YamlReader.readText(file, name);
    } catch (NoSuchFileException e) {
      throw InvalidManifestException.of(InvalidConfigException.notAFile(name, null));
    } catch (IOException e) {
      throw new InvalidManifestException(name, List.of(), YamlReader.unreadable(e));
    } catch (InvalidConfigException e) {
      throw InvalidManifestException.of(e);
    }
    return parse(text, name, source, warnings);
  }

  /** Checks manifest text that did not come from a file. */
  public static LoadedManifest parse(
      String text, String name, String source, Consumer<String> sink) {
    try {
      return check(text, name, source, sink);
    } catch (InvalidManifestException e) {
      throw e;
    } catch (InvalidConfigException e) {
      throw InvalidManifestException.of(e);
    }
  }

  private static LoadedManifest check(
      String text, String name, String source, Consumer<String> sink) {
    WarningList warnings = new WarningList(sink);
    SchemaCheck check = new SchemaCheck(name, warnings);
    Object document = YamlReader.parse(text, name);
    if (document instanceof Map) {
      throw check.error(
          List.of(),
          "a manifest that is a mapping needs a newer pre-commit (5 or later); precommit reads"
              + " the list format of pre-commit "
              + Constants.PRE_COMMIT_VERSION);
    }
    List<?> list = check.array(document, List.of());
    List<HookConfig> hooks = new ArrayList<>(list.size());
    List<String> lateWarnings = new ArrayList<>();
    Set<String> legacy = new LinkedHashSet<>();
    for (int i = 0; i < list.size(); i++) {
      Map<String, Object> hook =
          HookSchema.check(
              list.get(i), HookSchema.Kind.MANIFEST, List.of(), check, source, lateWarnings);
      hooks.add(HookConfigs.definition(hook));
      if (list.get(i) instanceof Map<?, ?> raw && raw.get("stages") instanceof List<?> stages) {
        for (Object stage : stages) {
          if (stage instanceof String s && Stage.legacyTranslation(s).isPresent()) {
            legacy.add(s);
          }
        }
      }
    }
    for (String warning : lateWarnings) {
      warnings.accept(warning);
    }
    return new LoadedManifest(hooks, warnings.all(), new ArrayList<>(legacy));
  }
}
