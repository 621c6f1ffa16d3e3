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

/**
 * {@code language: node}: the system {@code node}/{@code npm}, with the hook repository (when it
 * has a {@code package.json}) and {@code additional_dependencies} installed globally into a private
 * prefix ({@code npm install -g --prefix <env>}). The entry runs with {@code <env>/bin} first on
 * {@code PATH}.
 */
public final class NodeLanguage implements EnvironmentLanguage {
  static final String ENV_DIR = "node_env";

  @Override
  public String name() {
    return "node";
  }

  @Override
  public boolean isInstalled(Hook hook, HookContext context) {
    return EnvironmentDir.isReady(
        EnvironmentDir.of(hook, context, ENV_DIR), dir -> Files.isDirectory(dir.resolve("bin")));
  }

  /** {@code node} and {@code npm} must be on {@code PATH} to build the environment. */
  @Override
  public Optional<String> missingToolchain(Hook hook, Map<String, String> env) {
    return isInstalled(hook, EnvironmentDir.contextFor(env))
        ? Optional.empty()
        : Toolchain.NODE.missing(hook.id(), env);
  }

  @Override
  public void install(Hook hook, HookContext context) throws IOException {
    try (StoreLock lock = new Store(context.cacheDir()).lock(message -> {})) {
      if (isInstalled(hook, context)) {
        return;
      }
      Map<String, String> env = new HashMap<>(context.environment());
      String npm =
          Executables.find("npm", env)
              .map(Path::toString)
              .orElseThrow(
                  () -> new FatalException(Toolchain.NODE.missing(hook.id(), env).orElseThrow()));
      Path prefix = hook.prefix();
      EnvironmentDir.build(
          EnvironmentDir.of(hook, context, ENV_DIR),
          dir -> {
            List<String> packages = new ArrayList<>();
            if (EnvironmentDir.isRemote(hook) && Files.exists(prefix.resolve("package.json"))) {
              packages.add(prefix.toString());
            }
            packages.addAll(hook.config().additionalDependencies());
            Files.createDirectories(dir.resolve("bin"));
            if (packages.isEmpty()) {
              return;
            }
            List<String> command =
                new ArrayList<>(
                    List.of(
                        npm,
                        "install",
                        "--global",
                        "--prefix",
                        dir.toString(),
                        "--install-links",
                        "--no-audit",
                        "--no-fund",
                        "--loglevel=error"));
            command.addAll(packages);
            EnvironmentDir.runStep(hook, command, prefix, env);
          });
    }
  }

  @Override
  public ProcessResult run(Hook hook, List<String> files, HookContext context) throws IOException {
    Path env = EnvironmentDir.of(hook, context, ENV_DIR);
    Map<String, String> vars = new HashMap<>(context.environment());
    vars.put("PATH", Executables.withPathPrefix(env.resolve("bin"), context.environment()));
    vars.put("NODE_PATH", env.resolve("lib").resolve("node_modules").toString());
    vars.put("NPM_CONFIG_PREFIX", env.toString());
    return EntryProcess.run(hook, files, context, vars);
  }

  /** True when {@code node --version} runs with this environment: for tests and diagnostics. */
  static boolean nodeAvailable(Map<String, String> env) {
    return Executables.find("node", env)
        .map(
            node -> {
              try {
                return ProcessRunner.merged(env)
                    .run(List.of(node.toString(), "--version"), Path.of("."))
                    .succeeded();
              } catch (IOException e) {
                return false;
              }
            })
        .orElse(false);
  }
}
