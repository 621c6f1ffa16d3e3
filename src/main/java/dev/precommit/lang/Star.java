package dev.precommit.lang;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** pre-commit's {@code Prefix.star}: the names of a directory's entries ending with a suffix. */
final class Star {
  private Star() {}

  /** Names (not paths) in {@code dir} ending with {@code suffix}, sorted. */
  static List<String> of(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(suffix))
          .sorted()
          .toList();
    }
  }
}
