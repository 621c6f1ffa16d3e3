package dev.precommit.install;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * What the last build-time install wrote, so that the next build can tell "nothing changed" from a
 * few file reads, without forking git or parsing the config: the install's inputs (engine version,
 * launcher key, parameters) on the first line, then one line per file it depends on or wrote
 * (config file, git config, launcher, shims) with its size and modification time, or {@code -} when
 * absent. Anything different (a shim rewritten by {@code precommit install} or replaced by another
 * tool, the config's hook types edited, a new JDK or engine) sends the build down the full path,
 * which checks everything and writes a new stamp.
 *
 * @param file {@code <git-common-dir>/precommit/stamp}
 */
record InstallStamp(Path file) {

  static InstallStamp in(Path commonDir) {
    return new InstallStamp(commonDir.resolve("precommit").resolve("stamp"));
  }

  /** True when the stamp was written for {@code inputs} and every file it lists is unchanged. */
  boolean matches(String inputs) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return false;
    }
    if (lines.size() < 2 || !lines.get(0).equals(inputs)) {
      return false;
    }
    for (String line : lines.subList(1, lines.size())) {
      int space = line.indexOf(' ');
      if (space < 0 || !line.equals(describe(Path.of(line.substring(space + 1))))) {
        return false;
      }
    }
    return true;
  }

  void write(String inputs, List<Path> files) throws IOException {
    StringBuilder text = new StringBuilder(inputs).append('\n');
    for (Path path : files) {
      text.append(describe(path)).append('\n');
    }
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  void delete() throws IOException {
    Files.deleteIfExists(file);
  }

  /** {@code size:mtime path}, or {@code - path} when the file is absent. */
  private static String describe(Path path) {
    try {
      BasicFileAttributes attributes =
          Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return attributes.size() + ":" + attributes.lastModifiedTime().toMillis() + " " + path;
    } catch (NoSuchFileException e) {
      return "- " + path;
    } catch (IOException e) {
      return "? " + path;
    }
  }
}
