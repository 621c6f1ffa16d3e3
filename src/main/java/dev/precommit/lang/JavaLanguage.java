package dev.precommit.lang;

import dev.precommit.FatalException;
import dev.precommit.process.ProcessResult;
import dev.precommit.repo.Hook;
import dev.precommit.repo.Store;
import dev.precommit.repo.StoreLock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code language: java} (precommit's own, coursier-free): the hook repository is a Maven project;
 * installing builds it with the system {@code mvn} ({@code package}, tests skipped) and records its
 * jar and runtime dependencies, plus any {@code additional_dependencies} coordinates, as the
 * classpath. {@code entry} is a main class, run in process like {@code jvm} hooks.
 */
public final class JavaLanguage implements EnvironmentLanguage {
  static final String ENV_DIR = "java_env";

  private final InProcessJvm jvm = new InProcessJvm();

  @Override
  public String name() {
    return "java";
  }

  @Override
  public boolean isInstalled(Hook hook, HookContext context) {
    return EnvironmentDir.isReady(
        EnvironmentDir.of(hook, context, ENV_DIR), InProcessJvm::classpathComplete);
  }

  /** {@code mvn} must be on {@code PATH} to build the hook repository. */
  @Override
  public Optional<String> missingToolchain(Hook hook, Map<String, String> env) {
    return isInstalled(hook, EnvironmentDir.contextFor(env))
        ? Optional.empty()
        : Toolchain.MAVEN.missing(hook.id(), env);
  }

  @Override
  public void install(Hook hook, HookContext context) throws IOException {
    Path project = hook.prefix();
    if (!EnvironmentDir.isRemote(hook) || !Files.isRegularFile(project.resolve("pom.xml"))) {
      throw new FatalException(
          "hook `"
              + hook.id()
              + "` (language java) needs a hook repository with a pom.xml;"
              + " for a tool published to Maven Central use language jvm");
    }
    String mvn =
        Executables.find("mvn", context.environment())
            .map(Path::toString)
            .orElseThrow(
                () ->
                    new FatalException(
                        Toolchain.MAVEN.missing(hook.id(), context.environment()).orElseThrow()));
    Store store = new Store(context.cacheDir());
    try (StoreLock lock = store.lock(message -> {})) {
      if (isInstalled(hook, context)) {
        return;
      }
      EnvironmentDir.build(
          EnvironmentDir.of(hook, context, ENV_DIR),
          dir -> {
            Path deps = dir.resolve("dependencies.txt");
            EnvironmentDir.runStep(
                hook,
                List.of(
                    mvn,
                    "-B",
                    "-q",
                    "-DskipTests",
                    "package",
                    "dependency:build-classpath",
                    "-Dmdep.includeScope=runtime",
                    "-Dmdep.outputFile=" + deps),
                project,
                context.environment());
            List<Path> classpath = new ArrayList<>(builtJars(project.resolve("target")));
            if (classpath.isEmpty()) {
              throw new FatalException(
                  "hook `" + hook.id() + "`: `mvn package` built no jar in " + project);
            }
            String built = Files.exists(deps) ? Files.readString(deps, StandardCharsets.UTF_8) : "";
            for (String entry : built.strip().split(java.io.File.pathSeparator)) {
              if (!entry.isBlank()) {
                classpath.add(Path.of(entry.strip()));
              }
            }
            if (!hook.config().additionalDependencies().isEmpty()) {
              classpath.addAll(
                  MavenDependencies.resolve(
                      hook.config().additionalDependencies(),
                      store.mavenRepository(),
                      MavenDependencies.remote(context.environment())));
            }
            InProcessJvm.writeClasspath(dir, classpath);
          });
    }
  }

  @Override
  public ProcessResult run(Hook hook, List<String> files, HookContext context) {
    return jvm.run(hook, files, context, EnvironmentDir.of(hook, context, ENV_DIR));
  }

  private static List<Path> builtJars(Path target) throws IOException {
    if (!Files.isDirectory(target)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(target)) {
      return entries
          .filter(p -> p.getFileName().toString().endsWith(".jar"))
          .filter(
              p -> {
                String name = p.getFileName().toString();
                return !name.endsWith("-sources.jar")
                    && !name.endsWith("-javadoc.jar")
                    && !name.endsWith("-tests.jar")
                    && !name.startsWith("original-");
              })
          .sorted()
          .toList();
    }
  }
}
