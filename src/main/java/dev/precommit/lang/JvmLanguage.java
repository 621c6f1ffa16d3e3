package dev.precommit.lang;

import dev.precommit.FatalException;
import dev.precommit.process.ProcessResult;
import dev.precommit.repo.Hook;
import dev.precommit.repo.Store;
import dev.precommit.repo.StoreLock;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code language: jvm} (precommit's own): {@code entry} is a main class (then fixed arguments),
 * {@code additional_dependencies} are Maven coordinates resolved from Maven Central into the store,
 * and the main class runs inside the engine's JVM in an isolated class loader, so checkstyle, PMD
 * or ktlint cost no JVM start of their own. See {@link InProcessJvm}.
 */
public final class JvmLanguage implements EnvironmentLanguage {
  static final String ENV_DIR = "jvm_env";

  private final InProcessJvm jvm = new InProcessJvm();

  @Override
  public String name() {
    return "jvm";
  }

  @Override
  public boolean isInstalled(Hook hook, HookContext context) {
    return EnvironmentDir.isReady(
        EnvironmentDir.of(hook, context, ENV_DIR), InProcessJvm::classpathComplete);
  }

  /**
   * A jvm hook's tool is its {@code additional_dependencies}: without any there is nothing to run.
   */
  @Override
  public Optional<String> missingToolchain(Hook hook, Map<String, String> env) {
    if (!hook.config().additionalDependencies().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "hook `"
            + hook.id()
            + "` (language jvm) names no Maven artifact: list the tool as"
            + " additional_dependencies, e.g. com.puppycrawl.tools:checkstyle:12.3.1");
  }

  @Override
  public void install(Hook hook, HookContext context) throws IOException {
    Optional<String> nothingToRun = missingToolchain(hook, context.environment());
    if (nothingToRun.isPresent()) {
      throw new FatalException(nothingToRun.get());
    }
    Store store = new Store(context.cacheDir());
    try (StoreLock lock = store.lock(message -> {})) {
      if (isInstalled(hook, context)) {
        return;
      }
      EnvironmentDir.build(
          EnvironmentDir.of(hook, context, ENV_DIR),
          dir ->
              InProcessJvm.writeClasspath(
                  dir,
                  MavenDependencies.resolve(
                      hook.config().additionalDependencies(),
                      store.mavenRepository(),
                      MavenDependencies.remote(context.environment()))));
    }
  }

  @Override
  public ProcessResult run(Hook hook, List<String> files, HookContext context) {
    return jvm.run(hook, files, context, EnvironmentDir.of(hook, context, ENV_DIR));
  }
}
