package dev.precommit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Imports flow down: {@code cli} is the top layer, so no package below it imports it ({@code Main},
 * the entry point, starts it). Read from the sources, so a new import fails the build at once.
 */
class LayeringTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/precommit");

  @Test
  void nothingBelowCliImportsCli() throws IOException {
    List<String> offenders;
    try (Stream<Path> files = Files.walk(SOURCES)) {
      offenders =
          files
              .filter(file -> file.toString().endsWith(".java"))
              .filter(file -> !file.startsWith(SOURCES.resolve("cli")))
              .filter(file -> !file.equals(SOURCES.resolve("Main.java")))
              .filter(LayeringTest::importsCli)
              .map(file -> SOURCES.relativize(file).toString())
              .sorted()
              .toList();
    }

    assertThat(offenders).as("files below cli that import dev.precommit.cli").isEmpty();
  }

  @Test
  void theCheckFindsSources() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES.resolve("run"))) {
      assertThat(files.filter(file -> file.toString().endsWith(".java")).count()).isGreaterThan(5);
    }
  }

  private static boolean importsCli(Path file) {
    try {
      return Files.readAllLines(file).stream()
          .anyMatch(line -> line.matches("import (static )?dev\\.precommit\\.cli\\..*"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
