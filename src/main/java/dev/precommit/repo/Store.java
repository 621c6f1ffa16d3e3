package dev.precommit.repo;

import dev.precommit.FatalException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * The cache directory: cloned hook repositories (with their environments inside), the Maven local
 * repository of {@code jvm} hooks, and a small index of what is there (a properties file: read on
 * every run that has remote hooks, and {@link Properties} costs nothing to load, unlike a JSON
 * library). Writes to the index and clones happen under {@link #lock}; the index is replaced
 * atomically, so a reader never sees half of it and a killed writer leaves the previous one.
 */
public final class Store {
  static final String INDEX = "index.properties";
  private static final String README =
      "This directory is maintained by precommit, a drop-in for pre-commit.\n"
          + "It is safe to delete: `precommit clean` does that.\n";

  private final Path dir;

  public Store(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
  }

  /** The store for this environment ({@code $PRECOMMIT_HOME} and so on, see {@link CacheDir}). */
  public static Store forEnvironment(Map<String, String> env) {
    return new Store(CacheDir.resolve(env));
  }

  public Path dir() {
    return dir;
  }

  /** Where {@code jvm} hooks' artifacts are kept, shared by every hook. */
  public Path mavenRepository() {
    return dir.resolve("maven");
  }

  /** Where environments of {@code local} hooks live (they have no clone to live in). */
  public Path localEnvironments() {
    return dir.resolve("local-envs");
  }

  /**
   * Takes the store's lock; {@code info} gets {@code Locking pre-commit directory} when someone
   * else holds it. Close it to release.
   */
  public StoreLock lock(Consumer<String> info) {
    create();
    return StoreLock.acquire(dir.resolve(".lock"), info);
  }

  /** Creates the directory and its README, once. */
  public void create() {
    try {
      Files.createDirectories(dir);
      Path readme = dir.resolve("README");
      if (!Files.exists(readme)) {
        writeAtomically(readme, README.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new FatalException("cannot create the cache directory " + dir + ": " + e.getMessage());
    }
  }

  /** The index as last written, or an empty one. */
  public StoreIndex index() {
    Path file = dir.resolve(INDEX);
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(in);
      return StoreIndex.fromProperties(properties);
    } catch (NoSuchFileException e) {
      return StoreIndex.empty();
    } catch (IOException | IllegalArgumentException e) {
      throw new FatalException(
          "the cache index "
              + file
              + " is damaged ("
              + e.getMessage()
              + "); run `precommit clean`");
    }
  }

  /** Replaces the index; call under the lock. */
  public void writeIndex(StoreIndex index) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      index.toProperties().store(bytes, "precommit cache index");
      writeAtomically(dir.resolve(INDEX), bytes.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir.resolve(INDEX), e);
    }
  }

  /** The clone of {@code repo} at {@code rev} for these dependencies, if it exists. */
  public Optional<Path> findClone(String repo, String rev, List<String> deps) {
    return index()
        .find(StoreIndex.key(repo, deps), rev)
        .map(c -> Path.of(c.path()))
        .filter(Files::isDirectory);
  }

  /**
   * Remembers that {@code config} used the store, for {@code gc}. A read-only store is not an
   * error: the config is just not remembered, as pre-commit does.
   */
  public void markConfigUsed(Path config, Consumer<String> info) {
    String path = config.toAbsolutePath().normalize().toString();
    try {
      if (index().configs().contains(path)) {
        return; // The common case, on every run: no lock, no write.
      }
    } catch (FatalException e) {
      return;
    }
    try (StoreLock lock = lock(info)) {
      StoreIndex index = index();
      if (!index.configs().contains(path)) {
        writeIndex(index.withConfig(path));
      }
    } catch (UncheckedIOException | FatalException e) {
      // A read-only cache still works for clones that exist.
    }
  }

  /** A fresh, empty directory for a clone ({@code <store>/repo<random>}). */
  Path newCloneDirectory() throws IOException {
    create();
    return Files.createTempDirectory(dir, "repo");
  }

  static void writeAtomically(Path target, byte[] content) throws IOException {
    Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    try {
      Files.write(tmp, content);
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Deletes {@code path} and everything below it, if it exists; symlinks are not followed. */
  public static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        path,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
            // Go's module cache is read-only: its files cannot be deleted until it is writable.
            if (!Files.isWritable(d)) {
              d.toFile().setWritable(true, true);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
