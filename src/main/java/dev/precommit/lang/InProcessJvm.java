package dev.precommit.lang;

import dev.precommit.process.ProcessResult;
import dev.precommit.repo.Hook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Runs a JVM hook whose environment is a classpath file: {@code entry} is a main class and fixed
 * arguments, called in this JVM through {@link IsolatedClassLoader} and {@link InProcessMain}.
 * Shared by {@code jvm} (artifacts from Maven Central) and {@code java} (a Maven project built in
 * the hook repository).
 *
 * <p>Files are passed as given (relative to the work tree) when the engine's working directory is
 * the work tree, and made absolute otherwise: an in-process tool resolves paths against the JVM's
 * working directory, which cannot be changed.
 */
final class InProcessJvm {
  static final String CLASSPATH = "classpath.txt";

  /** One class loader per environment for the life of the engine: batches reuse loaded classes. */
  private final ConcurrentMap<Path, IsolatedClassLoader> loaders = new ConcurrentHashMap<>();

  ProcessResult run(Hook hook, List<String> files, HookContext context, Path env) {
    List<String> words = CommandLine.of(hook);
    IsolatedClassLoader loader = loaders.computeIfAbsent(env, InProcessJvm::loaderFor);
    List<String> args = new ArrayList<>(words.subList(1, words.size()));
    boolean sameDir =
        Path.of("")
            .toAbsolutePath()
            .normalize()
            .equals(context.root().toAbsolutePath().normalize());
    for (String file : files) {
      args.add(sameDir ? file : context.root().resolve(file).toString());
    }
    return InProcessMain.run(loader, words.get(0), args);
  }

  static void writeClasspath(Path env, List<Path> entries) throws IOException {
    List<String> lines = entries.stream().map(p -> p.toAbsolutePath().toString()).toList();
    Files.write(env.resolve(CLASSPATH), lines, StandardCharsets.UTF_8);
  }

  static boolean classpathComplete(Path env) {
    try {
      List<String> lines = Files.readAllLines(env.resolve(CLASSPATH), StandardCharsets.UTF_8);
      return lines.stream().filter(l -> !l.isBlank()).allMatch(l -> Files.exists(Path.of(l)));
    } catch (IOException e) {
      return false;
    }
  }

  private static IsolatedClassLoader loaderFor(Path env) {
    try {
      List<URL> urls = new ArrayList<>();
      for (String line : Files.readAllLines(env.resolve(CLASSPATH), StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          urls.add(Path.of(line).toUri().toURL());
        }
      }
      return new IsolatedClassLoader(urls.toArray(URL[]::new));
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the classpath of " + env, e);
    }
  }
}
