package dev.precommit.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code golden/config/<case>.yaml} is loaded as {@code .pre-commit-config.yaml}; what a user
 * would see (each warning as {@code [WARNING] …}, then the error line if any) must equal {@code
 * <case>.expected.txt} byte for byte. Manifests likewise under {@code golden/manifest/}. Run with
 * {@code -Dgolden.update=true} to rewrite the expected files, then review the diff.
 */
class ConfigGoldenTest {
  private static final Path ROOT = Path.of("src/test/resources/golden");

  @TempDir Path dir;

  static Stream<String> configCases() throws IOException {
    return cases("config");
  }

  static Stream<String> manifestCases() throws IOException {
    return cases("manifest");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("configCases")
  void config(String name) throws IOException {
    Path file = dir.resolve(Constants.CONFIG_FILE);
    Files.copy(ROOT.resolve("config").resolve(name + ".yaml"), file);
    check(
        "config", name, warnings -> ConfigLoader.load(file, Constants.CONFIG_FILE, warnings::add));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("manifestCases")
  void manifest(String name) throws IOException {
    Path file = dir.resolve(Constants.MANIFEST_FILE);
    Files.copy(ROOT.resolve("manifest").resolve(name + ".yaml"), file);
    check(
        "manifest",
        name,
        warnings ->
            ManifestLoader.load(
                file, Constants.MANIFEST_FILE, "https://example.com/hooks", warnings::add));
  }

  private interface Load {
    void run(List<String> warnings);
  }

  private static void check(String kind, String name, Load load) throws IOException {
    List<String> warnings = new ArrayList<>();
    StringBuilder actual = new StringBuilder();
    Consumer<String> line = text -> actual.append(text).append('\n');
    try {
      load.run(warnings);
      warnings.forEach(w -> line.accept("[WARNING] " + w));
    } catch (InvalidConfigException e) {
      warnings.forEach(w -> line.accept("[WARNING] " + w));
      line.accept(e.getMessage());
    }
    Path expected = ROOT.resolve(kind).resolve(name + ".expected.txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual.toString()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  private static Stream<String> cases(String kind) throws IOException {
    try (Stream<Path> files = Files.list(ROOT.resolve(kind))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(f -> f.endsWith(".yaml"))
          .map(f -> f.substring(0, f.length() - ".yaml".length()))
          .sorted()
          .toList()
          .stream();
    }
  }
}
