package dev.precommit.lang;

import dev.precommit.repo.Store;
import dev.precommit.repo.StoreLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Maven artifacts a built-in check loads on demand (another version of a tool it has built in):
 * resolved with their runtime dependencies from Maven Central (or {@code
 * PRECOMMIT_MAVEN_REPOSITORY}) into the store, as {@code language: jvm} resolves a hook's
 * additional_dependencies, and loaded in an {@link IsolatedClassLoader} apart from the engine's
 * classes. The classpath is remembered in the store, so later runs neither lock nor resolve.
 */
public final class JvmArtifacts {
  private JvmArtifacts() {}

  /**
   * A class loader over {@code coordinates} and their runtime dependencies, resolving them into the
   * store under {@code cacheDir} first when they are not there yet.
   */
  public static ClassLoader loader(List<String> coordinates, Path cacheDir, Map<String, String> env)
      throws IOException {
    return jarLoader(classpath(coordinates, cacheDir, env));
  }

  /**
   * The jars of {@code coordinates} and their runtime dependencies, resolving them into the store
   * under {@code cacheDir} first when they are not there yet (for a tool run as a process).
   */
  public static List<Path> classpath(
      List<String> coordinates, Path cacheDir, Map<String, String> env) throws IOException {
    Store store = new Store(cacheDir);
    Path dir =
        store.dir().resolve("jvm_tools").resolve(String.join("+", coordinates).replace(':', '_'));
    if (!InProcessJvm.classpathComplete(dir)) {
      try (StoreLock lock = store.lock(message -> {})) {
        if (!InProcessJvm.classpathComplete(dir)) {
          List<Path> jars =
              MavenDependencies.resolve(
                  coordinates, store.mavenRepository(), MavenDependencies.remote(env));
          Files.createDirectories(dir);
          InProcessJvm.writeClasspath(dir, jars);
        }
      }
    }
    List<Path> jars = new ArrayList<>();
    for (String line :
        Files.readAllLines(dir.resolve(InProcessJvm.CLASSPATH), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        jars.add(Path.of(line));
      }
    }
    return jars;
  }

  /** A class loader over {@code jars} (a tool the user names by path). */
  public static ClassLoader jarLoader(List<Path> jars) {
    List<URL> urls = new ArrayList<>();
    try {
      for (Path jar : jars) {
        urls.add(jar.toUri().toURL());
      }
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(new IOException(e));
    }
    return new IsolatedClassLoader(urls.toArray(URL[]::new));
  }
}
