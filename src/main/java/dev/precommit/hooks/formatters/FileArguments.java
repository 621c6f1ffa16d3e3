package dev.precommit.hooks.formatters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The file names an in-process tool gets: as given (relative to the work tree) when the JVM's
 * working directory is the work tree, absolute otherwise (a JVM cannot change its working
 * directory), with the tool's output turned back to the names the wrapper would have shown.
 */
record FileArguments(Path root, List<String> files, boolean absolute) {

  static FileArguments of(Path root, List<String> files) {
    Path cwd = Path.of("").toAbsolutePath().normalize();
    return new FileArguments(
        root, List.copyOf(files), !cwd.equals(root.toAbsolutePath().normalize()));
  }

  /** The names to pass to the tool. */
  List<String> arguments() {
    return absolute ? files.stream().map(f -> root.resolve(f).toString()).toList() : files;
  }

  /** {@code text} with the absolute names the tool printed turned back into the given ones. */
  String relativize(String text) {
    if (!absolute) {
      return text;
    }
    String prefix = root.toAbsolutePath().normalize() + "/";
    return text.replace(prefix, "");
  }

  /** Each file's bytes, by name (a file that is not there is left out). */
  Map<String, byte[]> contents() throws IOException {
    Map<String, byte[]> contents = new LinkedHashMap<>();
    for (String file : files) {
      try {
        contents.put(file, Files.readAllBytes(root.resolve(file)));
      } catch (NoSuchFileException e) {
        // The tool reports it.
      }
    }
    return contents;
  }
}
