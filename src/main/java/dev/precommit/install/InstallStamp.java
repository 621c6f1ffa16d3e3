package dev.precommit.install;

import dev.precommit.git.GitLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the last build-time install wrote, so that the next build can tell "nothing changed" from a
 * few file reads, without forking git or parsing the config: the install's inputs (see {@link
 * #inputs}) and the top of the work tree on the first line, then one line per file it depends on or
 * wrote (engine jar, config file, git config, launcher, shims) with its size and modification time,
 * or {@code -} when absent, and, while the start-up archive is not ready, the time after which the
 * next build looks at it again ({@code expires <millis>}). Anything different (a shim rewritten by
 * {@code precommit install} or replaced by another tool, the config's hook types edited, a new JDK
 * or engine jar) sends the build down the full path, which checks everything and writes a new
 * stamp.
 *
 * <p>Uses the JDK only, as {@link GitLayout} does: the Maven plugin carries a copy of both and runs
 * {@link #current} on every build without the engine on its class path.
 *
 * @param file {@code <git-common-dir>/precommit/stamp}
 */
public record InstallStamp(Path file) {
  private static final String EXPIRES = "expires ";

  static InstallStamp in(Path commonDir) {
    return new InstallStamp(commonDir.resolve("precommit").resolve("stamp"));
  }

  /**
   * The first line's inputs: everything a build-time install depends on besides the files the stamp
   * lists.
   *
   * @param version the engine's version
   * @param javaHome the JDK the launcher runs ({@code java.home})
   * @param javaRuntime its {@code java.runtime.version} (an update in place changes the archive)
   * @param jar the runnable engine jar (its size and time are a file line)
   * @param hookTypes the explicit hook types, as given (empty for the config's)
   */
  public static String inputs(
      String version,
      Path javaHome,
      String javaRuntime,
      Path jar,
      List<String> hookTypes,
      String config,
      boolean allowMissingConfig,
      boolean startupArchive) {
    StringBuilder text =
        new StringBuilder("version=")
            .append(version)
            .append(" java=")
            .append(javaHome)
            .append(' ')
            .append(javaRuntime)
            .append(" jar=")
            .append(jar)
            .append(" types=");
    // A loop, not a stream: on Maven 3 this may bootstrap the JVM's first lambda.
    for (String type : hookTypes) {
      text.append(type).append(',');
    }
    text.append(" allow-missing-config=").append(allowMissingConfig);
    text.append(" startup-archive=").append(startupArchive);
    text.append(" config=").append(config);
    return text.toString().replace('\n', ' ');
  }

  /**
   * The no-op check of a build-time install: true when the work tree around {@code start} has a
   * stamp written for {@code inputs} and every file it lists is unchanged. Reads files only; false
   * whenever {@link GitLayout} cannot tell where the git dirs are.
   */
  public static boolean current(Path start, Map<String, String> env, String inputs) {
    Optional<GitLayout> layout = GitLayout.find(start, env);
    return layout.isPresent()
        && in(layout.get().commonDir()).matches(firstLine(inputs, layout.get()));
  }

  static String firstLine(String inputs, GitLayout layout) {
    return inputs + " root=" + layout.root();
  }

  /** True when the stamp's first line is {@code firstLine} and the rest still holds. */
  boolean matches(String firstLine) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return false;
    }
    if (lines.size() < 2 || !lines.get(0).equals(firstLine)) {
      return false;
    }
    for (String line : lines.subList(1, lines.size())) {
      if (line.startsWith(EXPIRES)) {
        if (expired(line.substring(EXPIRES.length()))) {
          return false;
        }
        continue;
      }
      int space = line.indexOf(' ');
      if (space < 0 || !line.equals(describe(Path.of(line.substring(space + 1))))) {
        return false;
      }
    }
    return true;
  }

  private static boolean expired(String millis) {
    try {
      return System.currentTimeMillis() >= Long.parseLong(millis);
    } catch (NumberFormatException e) {
      return true;
    }
  }

  /**
   * @param expires when the stamp stops matching (something may be left to do then), or null
   */
  void write(String firstLine, List<Path> files, Instant expires) throws IOException {
    StringBuilder text = new StringBuilder(firstLine).append('\n');
    for (Path path : files) {
      text.append(describe(path)).append('\n');
    }
    if (expires != null) {
      text.append(EXPIRES).append(expires.toEpochMilli()).append('\n');
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
