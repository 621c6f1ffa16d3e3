package dev.precommit.lang;

import dev.precommit.FatalException;
import dev.precommit.process.ProcessResult;
import dev.precommit.repo.Hook;
import dev.precommit.repo.Store;
import dev.precommit.repo.StoreLock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A language whose environments pre-commit builds with a toolchain installed on the machine (perl's
 * {@code cpan}, {@code luarocks}, {@code cabal}, {@code dotnet}, …): precommit runs the same
 * commands in the same environment directory and never downloads the toolchain. A hook whose
 * toolchain is not on {@code PATH} fails with one line naming the hook and the install command.
 * Subclasses say how the environment is built ({@link #build}) and what the hook's process sees
 * ({@link #inEnvironment}, pre-commit's {@code get_env_patch}).
 */
abstract class ToolchainLanguage implements EnvironmentLanguage {
  private final String name;
  private final String envDir;

  ToolchainLanguage(String name, String envDir) {
    this.name = name;
    this.envDir = envDir;
  }

  @Override
  public final String name() {
    return name;
  }

  /** The toolchain hooks of this language need, as {@code env} selects it. */
  abstract Toolchain toolchain(Map<String, String> env);

  /** Fills the emptied environment directory {@code env}; {@code vars} is the caller's env. */
  abstract void build(Hook hook, Path env, Map<String, String> vars) throws IOException;

  /** The variables the hook (and, where pre-commit does, the install) runs with. */
  abstract Map<String, String> inEnvironment(Path env, Map<String, String> vars);

  /** False where pre-commit rejects {@code additional_dependencies} (dotnet, swift). */
  boolean takesDependencies() {
    return true;
  }

  /** False where pre-commit accepts a {@code language_version} other than {@code default}. */
  boolean defaultVersionOnly() {
    return true;
  }

  @Override
  public Optional<String> missingToolchain(Hook hook, Map<String, String> env) {
    String version = hook.config().languageVersion();
    if (defaultVersionOnly() && !version.equals("default")) {
      return Optional.of(
          "hook `"
              + hook.id()
              + "` (language "
              + name
              + "): precommit uses the system-installed "
              + name
              + " toolchain, but the hook asks for `language_version: "
              + version
              + "`; remove language_version");
    }
    List<String> dependencies = hook.config().additionalDependencies();
    if (!takesDependencies() && !dependencies.isEmpty()) {
      return Optional.of(
          "hook `"
              + hook.id()
              + "` (language "
              + name
              + "): pre-commit does not support additional_dependencies for "
              + name
              + ", but the hook has "
              + dependencies);
    }
    return toolchain(env).missing(hook.id(), env);
  }

  Path environment(Hook hook, HookContext context) {
    return EnvironmentDir.of(hook, context, envDir);
  }

  @Override
  public boolean isInstalled(Hook hook, HookContext context) {
    return EnvironmentDir.isReady(environment(hook, context), dir -> true);
  }

  @Override
  public void install(Hook hook, HookContext context) throws IOException {
    try (StoreLock lock = new Store(context.cacheDir()).lock(message -> {})) {
      if (isInstalled(hook, context)) {
        return;
      }
      Optional<String> unmet = missingToolchain(hook, context.environment());
      if (unmet.isPresent()) {
        throw new FatalException(unmet.get());
      }
      EnvironmentDir.build(
          environment(hook, context), dir -> build(hook, dir, context.environment()));
    }
  }

  @Override
  public ProcessResult run(Hook hook, List<String> files, HookContext context) throws IOException {
    Map<String, String> vars = inEnvironment(environment(hook, context), context.environment());
    return EntryProcess.run(hook, files, context, vars);
  }

  /** The toolchain's executable, found on {@code vars}' {@code PATH} (checked before install). */
  String tool(Map<String, String> vars) {
    return toolchain(vars)
        .find(vars)
        .map(Path::toString)
        .orElseThrow(() -> new FatalException(name + "'s toolchain is not on PATH"));
  }

  /** {@code vars} with {@code dir} first on {@code PATH}. */
  static Map<String, String> withPath(Path dir, Map<String, String> vars) {
    Map<String, String> env = new java.util.HashMap<>(vars);
    env.put("PATH", Executables.withPathPrefix(dir, vars));
    return env;
  }
}
