package dev.precommit.lang;

import dev.precommit.cli.FatalException;
import dev.precommit.process.ProcessResult;
import dev.precommit.repo.Hook;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * {@code language: jvm} (precommit's own): {@code entry} is a main class (then fixed arguments),
 * {@code additional_dependencies} are Maven coordinates resolved from Maven Central into the
 * store, and the main class runs inside the engine's JVM in an isolated class loader, so
 * checkstyle, PMD or ktlint cost no JVM start of their own. See {@link InProcessMain} for how
 * output and exit codes are captured and {@link IsolatedClassLoader} for how {@code System.exit}
 * is contained.
 *
 * <p>Files are passed as given (relative to the work tree) when the engine's working directory is
 * the work tree, and made absolute otherwise: an in-process tool resolves paths against the JVM's
 * working directory, which cannot be changed.
 */
public final class JvmLanguage implements EnvironmentLanguage {
  static final String ENV_DIR = "jvm_env";
  static final String CLASSPATH = "classpath.txt";

  /** One class loader per environment for the life of the engine: batches reuse loaded classes. */
  private final ConcurrentMap<Path, IsolatedClassLoader> loaders = new ConcurrentHashMap<>();

  @Override
  public String name() {
    return "jvm";
  }

  @Override
  public boolean isInstalled(Hook hook, HookContext context) {
    return EnvironmentDir.isReady(
        EnvironmentDir.of(hook, context, ENV_DIR), JvmLanguage::classpathComplete);
  }

  @Override
  public void install(Hook hook, HookContext context) throws IOException {
    if (hook.config().additionalDependencies().isEmpty()) {
      throw new FatalException(
          "hook `" + hook.id() + "` (language jvm) names no Maven artifact: list the tool as"
              + " additional_dependencies, e.g. com.puppycrawl.tools:checkstyle:12.3.1");
    }
    Store store = new Store(context.cacheDir());
    try (StoreLock lock = store.lock(message -> {})) {
      if (isInstalled(hook, context)) {
        return;
      }
      String remote =
          context.environment().getOrDefault("PRECOMMIT_MAVEN_REPOSITORY", MavenDependencies.CENTRAL);
      EnvironmentDir.build(
          EnvironmentDir.of(hook, context, ENV_DIR),
          dir -> {
            List<Path> jars =
                MavenDependencies.resolve(
                    hook.config().additionalDependencies(), store.mavenRepository(), remote);
            List<String> lines = jars.stream().map(p -> p.toAbsolutePath().toString()).toList();
            Files.write(dir.resolve(CLASSPATH), lines, StandardCharsets.UTF_8);
          });
    }
  }

  @Override
  public ProcessResult run(Hook hook, List<String> files, HookContext context) throws IOException {
    List<String> words;
    try {
      words = ShellWords.split(hook.config().entry());
    } catch (IllegalArgumentException e) {
      return EntryProcess.failure(e.getMessage());
    }
    if (words.isEmpty()) {
      return EntryProcess.failure("hook `" + hook.id() + "` has an empty entry");
    }
    Path env = EnvironmentDir.of(hook, context, ENV_DIR);
    IsolatedClassLoader loader = loaders.computeIfAbsent(env, JvmLanguage::loaderFor);
    List<String> args = new ArrayList<>(words.subList(1, words.size()));
    args.addAll(hook.config().args());
    boolean sameDir =
        Path.of("").toAbsolutePath().normalize().equals(context.root().toAbsolutePath().normalize());
    for (String file : files) {
      args.add(sameDir ? file : context.root().resolve(file).toString());
    }
    return InProcessMain.run(loader, words.get(0), args);
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

  private static boolean classpathComplete(Path env) {
    try {
      List<String> lines = Files.readAllLines(env.resolve(CLASSPATH), StandardCharsets.UTF_8);
      return lines.stream().filter(l -> !l.isBlank()).allMatch(l -> Files.isRegularFile(Path.of(l)));
    } catch (IOException e) {
      return false;
    }
  }
}
