package dev.precommit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parsed-YAML cache gives what the parser gives, and nothing else, whatever is on disk. */
class ParsedYamlCacheTest {
  @TempDir Path dir;

  private static final String CONFIG =
      """
      repos:
      -   repo: local
          hooks:
          -   id: a
              name: A
              entry: "true"
              language: system
              args: [-x, '1e3', 0123]
              verbose: yes
              priority: 3
              ratio: 1.5
              nothing: ~
      """;

  private List<Path> entries() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }

  @Test
  void aSecondParseComesFromTheEntryAndEqualsTheParser() throws IOException {
    ParsedYamlCache cache = new ParsedYamlCache(dir, "v1");

    Object first = cache.parse(CONFIG, "c.yaml");
    List<Path> written = entries();
    Object second = cache.parse(CONFIG, "c.yaml");

    assertThat(written).singleElement().asString().endsWith(".bin");
    assertThat(first).isEqualTo(YamlReader.parse(CONFIG, "c.yaml"));
    assertThat(second).isEqualTo(first);
  }

  @Test
  void theEntrysTreeIsWhatComesBack() throws IOException {
    ParsedYamlCache cache = new ParsedYamlCache(dir, "v1");
    cache.parse(CONFIG, "c.yaml");
    Path entry = entries().get(0);
    // Change the stored tree's last string "system" (the text before it stays as it was).
    String bytes = new String(Files.readAllBytes(entry), StandardCharsets.ISO_8859_1);
    int at = bytes.lastIndexOf("system");
    Files.write(
        entry,
        (bytes.substring(0, at) + "SYSTEM" + bytes.substring(at + 6))
            .getBytes(StandardCharsets.ISO_8859_1));

    assertThat(cache.parse(CONFIG, "c.yaml").toString()).contains("language=SYSTEM");
  }

  @Test
  void anEntryIsUsedOnlyForTheTextItWasParsedFrom() throws IOException {
    ParsedYamlCache cache = new ParsedYamlCache(dir, "v1");
    cache.parse(CONFIG, "c.yaml");
    Path entry = entries().get(0);
    // Pretend another text hashed to the same name: its entry holds CONFIG's text and tree.
    String other = "repos: []\n";
    Path collidingName =
        dir.resolve(
            "config-" + Integer.toHexString(other.hashCode()) + "-" + other.length() + ".bin");
    Files.copy(entry, collidingName);

    assertThat(cache.parse(other, "c.yaml")).isEqualTo(YamlReader.parse(other, "c.yaml"));
  }

  @Test
  void anotherVersionsEntryIsIgnored() throws IOException {
    new ParsedYamlCache(dir, "v1").parse(CONFIG, "c.yaml");
    Path entry = entries().get(0);
    byte[] before = Files.readAllBytes(entry);

    Object tree = new ParsedYamlCache(dir, "v2").parse(CONFIG, "c.yaml");

    assertThat(tree).isEqualTo(YamlReader.parse(CONFIG, "c.yaml"));
    assertThat(Files.readAllBytes(entry)).isNotEqualTo(before); // rewritten for v2
  }

  @Test
  void aCorruptEntryFallsBackToParsing() throws IOException {
    ParsedYamlCache cache = new ParsedYamlCache(dir, "v1");
    cache.parse(CONFIG, "c.yaml");
    Path entry = entries().get(0);
    byte[] bytes = Files.readAllBytes(entry);
    Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length - 7));

    assertThat(cache.parse(CONFIG, "c.yaml")).isEqualTo(YamlReader.parse(CONFIG, "c.yaml"));
  }

  @Test
  void treesItCannotHoldAreParsedEveryTime() throws IOException {
    String shared = "a: &x [1, 2]\nb: *x\nwhen: 2026-11-26\n";
    ParsedYamlCache cache = new ParsedYamlCache(dir, "v1");

    Object tree = cache.parse(shared, "c.yaml");

    assertThat(tree).isEqualTo(YamlReader.parse(shared, "c.yaml"));
    assertThat(entries()).isEmpty();
  }

  @Test
  void anUnwritableCacheOnlyCostsTheParse() throws IOException {
    Path file = dir.resolve("not-a-directory");
    Files.writeString(file, "x");
    ParsedYamlCache cache = new ParsedYamlCache(file.resolve("cache"), "v1");

    assertThat(cache.parse(CONFIG, "c.yaml")).isEqualTo(YamlReader.parse(CONFIG, "c.yaml"));
  }

  @Test
  void syntaxErrorsAreReportedAndNotCached() throws IOException {
    ParsedYamlCache cache = new ParsedYamlCache(dir, "v1");

    assertThatThrownBy(() -> cache.parse("repos: [\n", "c.yaml"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("invalid YAML at line");
    assertThat(entries()).isEmpty();
  }

  @Test
  void withoutABuildStampNothingIsCached() throws IOException {
    ParsedYamlCache cache = new ParsedYamlCache(dir, null);

    assertThat(cache.parse(CONFIG, "c.yaml")).isEqualTo(YamlReader.parse(CONFIG, "c.yaml"));
    assertThat(entries()).isEmpty();
  }

  @Test
  void manyEditsLeaveABoundedNumberOfEntries() throws IOException {
    ParsedYamlCache cache = new ParsedYamlCache(dir, "v1");

    for (int i = 0; i <= ParsedYamlCache.MAX_ENTRIES + 5; i++) {
      cache.parse("repos: []\n# edit " + i + "\n", "c.yaml");
    }

    assertThat(entries()).hasSizeBetween(1, ParsedYamlCache.MAX_ENTRIES);
  }
}
