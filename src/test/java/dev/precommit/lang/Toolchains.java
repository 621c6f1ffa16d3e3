package dev.precommit.lang;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The machine's Go and Rust for tests whose HOME is a temporary directory: where rustup keeps its
 * toolchains and Go its build cache (so the standard library is compiled once per machine, not per
 * test), and PATHs without them.
 */
final class Toolchains {
  private Toolchains() {}

  /** Copies the toolchain settings a temporary HOME would lose into {@code env}. */
  static void passSettings(Map<String, String> env) {
    String home = System.getProperty("user.home");
    System.getenv()
        .forEach(
            (k, v) -> {
              if (k.startsWith("GO")
                  || k.startsWith("CARGO_")
                  || k.startsWith("RUSTUP_")
                  || k.toLowerCase(java.util.Locale.ROOT).endsWith("_proxy")
                  || k.equals("SSL_CERT_FILE")) {
                env.put(k, v);
              }
            });
    Path rustup = Path.of(home, ".rustup");
    if (!env.containsKey("RUSTUP_HOME") && Files.isDirectory(rustup)) {
      env.put("RUSTUP_HOME", rustup.toString());
    }
    if (!env.containsKey("GOCACHE")) {
      // The machine's build cache, shared for speed; a temporary one where that cannot be (CI's
      // hostile run makes XDG_CACHE_HOME a file).
      Path cache = Path.of(System.getenv().getOrDefault("XDG_CACHE_HOME", home + "/.cache"));
      Path goBuild =
          Files.isDirectory(cache)
              ? cache.resolve("go-build")
              : Path.of(System.getProperty("java.io.tmpdir"), "precommit-tests-go-build");
      env.put("GOCACHE", goBuild.toString());
    }
    env.remove("CARGO_HOME"); // crates are fetched into the test's HOME, for real
    env.remove("GOPATH");
    env.remove("GOBIN");
    env.remove("GOMODCACHE");
    env.remove("GOTOOLCHAIN"); // the defaults under test
    env.remove("RUSTUP_AUTO_INSTALL");
    env.remove("RUSTUP_TOOLCHAIN");
  }

  /**
   * {@code path} with {@code tools} taken out: a directory holding one is replaced by a directory
   * of symbolic links to everything else in it, made once under {@code java.io.tmpdir} and named by
   * the directory and the tools (JUnit's temporary directories warn about links to the outside).
   */
  static String pathWithout(String path, Set<String> tools) {
    List<String> kept = new ArrayList<>();
    for (String entry : path.split(File.pathSeparator)) {
      if (entry.isEmpty()) {
        continue;
      }
      Path dir = Path.of(entry);
      if (tools.stream().noneMatch(t -> Files.exists(dir.resolve(t)))) {
        kept.add(entry);
      } else {
        kept.add(mirror(dir, tools).toString());
      }
    }
    return String.join(File.pathSeparator, kept);
  }

  private static Path mirror(Path dir, Set<String> tools) {
    Path root = Path.of(System.getProperty("java.io.tmpdir"), "precommit-path-without");
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files = listing.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String name =
        Integer.toHexString((dir + "\0" + new java.util.TreeSet<>(tools) + files).hashCode());
    Path mirror = root.resolve(name);
    if (Files.isDirectory(mirror)) {
      return mirror;
    }
    try {
      Files.createDirectories(root);
      Path temp = Files.createTempDirectory(root, name + ".tmp");
      for (Path file : files) {
        if (!tools.contains(file.getFileName().toString())) {
          Files.createSymbolicLink(temp.resolve(file.getFileName()), file);
        }
      }
      try {
        Files.move(temp, mirror, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException raced) {
        if (!Files.isDirectory(mirror)) {
          throw raced;
        }
      }
      return mirror;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
