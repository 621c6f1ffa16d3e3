package dev.precommit.lang;

import dev.precommit.FatalException;
import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import dev.precommit.repo.Hook;
import dev.precommit.repo.Store;
import dev.precommit.repo.StoreLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code language: python}: a virtualenv ({@code python -m venv}) from {@code language_version} (an
 * interpreter name such as {@code python3.11}, or a path) or {@code python3}, with the hook
 * repository and {@code additional_dependencies} pip-installed into it. The entry runs with the
 * venv's {@code bin} first on {@code PATH}.
 */
public final class PythonLanguage implements EnvironmentLanguage {
  static final String ENV_DIR = "py_env";

  @Override
  public String name() {
    return "python";
  }

  @Override
  public boolean isInstalled(Hook hook, HookContext context) {
    Path env = EnvironmentDir.of(hook, context, ENV_DIR);
    return EnvironmentDir.isReady(env, dir -> healthy(dir, context));
  }

  /**
   * The interpreter {@code language_version} names must be on {@code PATH} to build the venv (a
   * built one carries its own link to it).
   */
  @Override
  public Optional<String> missingToolchain(Hook hook, Map<String, String> env) {
    String name = interpreterName(hook.config().languageVersion());
    if (Executables.find(name, env).isPresent()
        || isInstalled(hook, EnvironmentDir.contextFor(env))) {
      return Optional.empty();
    }
    return toolchain(name).missing(hook.id(), env);
  }

  private static Toolchain toolchain(String interpreter) {
    return interpreter.equals("python3")
        ? Toolchain.PYTHON
        : Toolchain.of(interpreter, interpreter, "", "", "", Toolchain.PYTHON.url());
  }

  @Override
  public void install(Hook hook, HookContext context) throws IOException {
    try (StoreLock lock = new Store(context.cacheDir()).lock(message -> {})) {
      if (isInstalled(hook, context)) {
        return;
      }
      Map<String, String> env = installEnvironment(context.environment());
      String python = interpreter(hook, env);
      Path prefix = hook.prefix();
      boolean project =
          EnvironmentDir.isRemote(hook)
              && (Files.exists(prefix.resolve("setup.py"))
                  || Files.exists(prefix.resolve("pyproject.toml")));
      EnvironmentDir.build(
          EnvironmentDir.of(hook, context, ENV_DIR),
          dir -> {
            boolean installs = project || !hook.config().additionalDependencies().isEmpty();
            List<String> venv = new ArrayList<>(List.of(python, "-m", "venv"));
            if (!installs) {
              // Nothing to pip-install: skip ensurepip, the slow part of making a venv.
              venv.add("--without-pip");
            }
            venv.add(dir.toString());
            EnvironmentDir.runStep(hook, venv, prefix, env);
            if (!installs) {
              return;
            }
            List<String> pip = new ArrayList<>(List.of(bin(dir, "python"), "-m", "pip", "install"));
            if (project
                && !Files.exists(prefix.resolve("pyproject.toml"))
                && hasPackages(dir, "setuptools", "wheel")) {
              // A setup.py-only project can build with the venv's own setuptools and wheel, as
              // pip did before build isolation: no index is needed for a hook without
              // dependencies. Otherwise pip fetches the build backend, as under pre-commit.
              pip.add("--no-build-isolation");
            }
            if (project) {
              pip.add(".");
            }
            pip.addAll(hook.config().additionalDependencies());
            EnvironmentDir.runStep(hook, pip, prefix, env);
          });
    }
  }

  @Override
  public ProcessResult run(Hook hook, List<String> files, HookContext context) throws IOException {
    Path env = EnvironmentDir.of(hook, context, ENV_DIR);
    Map<String, String> vars = new HashMap<>(context.environment());
    vars.remove("PYTHONHOME");
    vars.put("VIRTUAL_ENV", env.toString());
    vars.put("PATH", Executables.withPathPrefix(env.resolve("bin"), context.environment()));
    return EntryProcess.run(hook, files, context, vars);
  }

  private static Map<String, String> installEnvironment(Map<String, String> base) {
    Map<String, String> env = new HashMap<>(base);
    env.remove("PYTHONHOME");
    env.remove("VIRTUAL_ENV");
    env.put("PIP_DISABLE_PIP_VERSION_CHECK", "1");
    env.put("PIP_NO_INPUT", "1");
    return env;
  }

  private static String interpreter(Hook hook, Map<String, String> env) {
    String name = interpreterName(hook.config().languageVersion());
    return Executables.find(name, env)
        .map(Path::toString)
        .orElseThrow(() -> new FatalException(toolchain(name).missing(hook.id(), env).get()));
  }

  /**
   * The executable a {@code language_version} names, as virtualenv reads it for pre-commit: {@code
   * default} is {@code python3}, a bare version ({@code 3.10}, {@code 3.10.4}, {@code 3}) is {@code
   * python3.10} or {@code python3}, anything else ({@code python3.11}, a path) is taken as is.
   */
  private static final Pattern BARE_VERSION = Pattern.compile("(\\d+)(\\.\\d+)?(\\.\\d+)?");

  static String interpreterName(String version) {
    if (version.equals("default")) {
      return "python3";
    }
    Matcher bare = BARE_VERSION.matcher(version);
    if (bare.matches()) {
      return "python" + bare.group(1) + (bare.group(2) == null ? "" : bare.group(2));
    }
    return version;
  }

  /** The venv's interpreter starts; remembered in an {@link InterpreterStamp} once it has. */
  private static boolean healthy(Path env, HookContext context) {
    Path python = env.resolve("bin").resolve("python");
    if (!Files.isExecutable(python)) {
      return false;
    }
    String stamp = InterpreterStamp.of(python);
    if (InterpreterStamp.matches(env, stamp)) {
      return true;
    }
    try {
      Map<String, String> vars = installEnvironment(context.environment());
      boolean starts =
          ProcessRunner.merged(vars).run(List.of(python.toString(), "-c", ""), env).succeeded();
      if (starts) {
        InterpreterStamp.record(env, stamp);
      }
      return starts;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean hasPackages(Path env, String... packages) throws IOException {
    Path lib = env.resolve("lib");
    if (!Files.isDirectory(lib)) {
      return false;
    }
    try (Stream<Path> versions = Files.list(lib)) {
      return versions.anyMatch(
          v ->
              Stream.of(packages)
                  .allMatch(p -> Files.isDirectory(v.resolve("site-packages/" + p))));
    }
  }

  private static String bin(Path env, String name) {
    return env.resolve("bin").resolve(name).toString();
  }
}
