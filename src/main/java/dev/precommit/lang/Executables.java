package dev.precommit.lang;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a command on a {@code PATH} value. Needed because {@link ProcessBuilder} looks commands up
 * on the JVM's own {@code PATH}, not on the one given to the child (which for hooks starts with
 * their environment's {@code bin}).
 */
final class Executables {
  private Executables() {}

  static Optional<Path> find(String name, Map<String, String> env) {
    if (name.contains("/")) {
      Path path = Path.of(name);
      return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
    }
    String path = env.getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  static String withPathPrefix(Path bin, Map<String, String> env) {
    String path = env.getOrDefault("PATH", "");
    return path.isEmpty() ? bin.toString() : bin + File.pathSeparator + path;
  }
}
