package dev.precommit.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The {@code PATH} tests give to the commands they start: the machine's, so that git, sh, java,
 * python and the rest are found, but with every {@code precommit}, {@code pre-commit} and {@code
 * prek} on it hidden. A test must reach the engine under test only through the launcher it writes
 * itself; an installed precommit found on PATH would be baked into shims by {@code install} and
 * would turn "no launcher anywhere" into "the machine's launcher".
 *
 * <p>A directory holding one of those tools is dropped from PATH; when it holds other programs too
 * (say {@code /usr/local/bin} with git beside an installed precommit), it is replaced by a
 * directory of symbolic links to everything else in it, made once under {@code java.io.tmpdir} and
 * named by the directory and its listing, so that the same machine always gets the same one.
 */
public final class TestPath {
  /** The tools a test must never pick up from the machine. */
  public static final Set<String> HIDDEN = Set.of("precommit", "pre-commit", "prek");

  private TestPath() {}

  /** The machine's PATH (the test JVM's) with the hidden tools taken out. */
  public static String machine() {
    return of(System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
  }

  /** {@code path} with the hidden tools taken out. */
  public static String of(String path) {
    List<String> kept = new ArrayList<>();
    for (String entry : path.split(File.pathSeparator, -1)) {
      if (entry.isEmpty()) {
        continue; // an empty entry means the working directory: never wanted in a test
      }
      Path dir = Path.of(entry);
      if (!holdsHiddenTool(dir)) {
        kept.add(entry);
        continue;
      }
      List<Path> others = othersIn(dir);
      if (!others.isEmpty()) {
        kept.add(mirror(dir, others).toString());
      }
    }
    return String.join(File.pathSeparator, kept);
  }

  private static boolean holdsHiddenTool(Path dir) {
    for (String tool : HIDDEN) {
      Path file = dir.resolve(tool);
      if (Files.isRegularFile(file) && Files.isExecutable(file)) {
        return true;
      }
    }
    return false;
  }

  private static List<Path> othersIn(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(p -> !HIDDEN.contains(p.getFileName().toString())).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** A directory of links to {@code others}, made atomically on first use. */
  private static Path mirror(Path dir, List<Path> others) {
    Path base = Path.of(System.getProperty("java.io.tmpdir"), "precommit-test-path");
    Path mirror = base.resolve(key(dir, others));
    if (Files.isDirectory(mirror)) {
      return mirror;
    }
    try {
      Files.createDirectories(base);
      Path staging = Files.createTempDirectory(base, "staging");
      for (Path other : others) {
        Files.createSymbolicLink(staging.resolve(other.getFileName().toString()), other);
      }
      try {
        Files.move(staging, mirror, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        if (!Files.isDirectory(mirror)) {
          throw e;
        }
        // Another test JVM made it first: same name, same content.
        try (Stream<Path> links = Files.list(staging)) {
          for (Path link : links.toList()) {
            Files.delete(link);
          }
        }
        Files.delete(staging);
      }
      return mirror;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot hide precommit in " + dir, e);
    }
  }

  private static String key(Path dir, List<Path> others) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(dir.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
      for (Path other : others) {
        digest.update((byte) 0);
        digest.update(other.getFileName().toString().getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
