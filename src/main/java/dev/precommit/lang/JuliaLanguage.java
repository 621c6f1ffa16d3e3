package dev.precommit.lang;

import dev.precommit.process.ProcessResult;
import dev.precommit.repo.Hook;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code language: julia}, as pre-commit builds it: the hook repository's {@code Project.toml} and
 * {@code Manifest.toml} (or their {@code Julia…} names) copied into {@code juliaenv-default}, then
 * {@code Pkg.instantiate()} and {@code Pkg.add} of the {@code additional_dependencies}, with the
 * package depot inside the environment. {@code entry} is a script in the hook repository, run as
 * {@code julia --startup-file=no <script> <rest of entry> <args> <files>}.
 */
final class JuliaLanguage extends ToolchainLanguage {
  private static final Toolchain JULIA =
      Toolchain.of(
          "julia", "julia", "", "", "juliaup", "curl -fsSL https://install.julialang.org | sh");

  /** pre-commit 4.6.2's instantiation script, unchanged. */
  private static final String INSTANTIATE =
      """
      @assert length(ARGS) > 0
      hook_env = ARGS[1]
      deps = join(ARGS[2:end], " ")

      # We prepend @stdlib here so that we can load the package manager even
      # though `get_env_patch` limits `JULIA_LOAD_PATH` to just the hook env.
      pushfirst!(LOAD_PATH, "@stdlib")
      using Pkg
      popfirst!(LOAD_PATH)

      # Instantiate the environment shipped with the hook repo. If we have
      # additional dependencies we disable precompilation in this step to
      # avoid double work.
      precompile = isempty(deps) ? "1" : "0"
      withenv("JULIA_PKG_PRECOMPILE_AUTO" => precompile) do
          Pkg.instantiate()
      end

      # Add additional dependencies (with precompilation)
      if !isempty(deps)
          withenv("JULIA_PKG_PRECOMPILE_AUTO" => "1") do
              Pkg.REPLMode.pkgstr("add " * deps)
          end
      end
      """;

  JuliaLanguage() {
    super("julia", "juliaenv");
  }

  @Override
  Toolchain toolchain(Map<String, String> env) {
    return JULIA;
  }

  @Override
  boolean defaultVersionOnly() {
    return false;
  }

  @Override
  Map<String, String> inEnvironment(Path env, Map<String, String> vars) {
    Map<String, String> patched = new HashMap<>(vars);
    patched.put("JULIA_LOAD_PATH", env.toString());
    patched.remove("JULIA_PROJECT");
    patched.put("JULIA_DEPOT_PATH", env.resolve("depot") + File.pathSeparator);
    return patched;
  }

  @Override
  void build(Hook hook, Path env, Map<String, String> vars) throws IOException {
    boolean remote = EnvironmentDir.isRemote(hook);
    boolean project = remote && copyFirst(hook.prefix(), env, "JuliaProject.toml", "Project.toml");
    if (!project) {
      Files.createFile(env.resolve("Project.toml"));
    }
    if (remote) {
      copyFirst(hook.prefix(), env, "JuliaManifest.toml", "Manifest.toml");
    }
    Map<String, String> installVars = inEnvironment(env, vars);
    List<String> command =
        new ArrayList<>(
            List.of(tool(vars), "--startup-file=no", "-e", INSTANTIATE, "--", env.toString()));
    command.addAll(hook.config().additionalDependencies());
    EnvironmentDir.runStep(hook, command, remote ? hook.prefix() : env, installVars);
  }

  private static boolean copyFirst(Path from, Path to, String... names) throws IOException {
    for (String name : names) {
      if (Files.isRegularFile(from.resolve(name))) {
        Files.copy(from.resolve(name), to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        return true;
      }
    }
    return false;
  }

  @Override
  public ProcessResult run(Hook hook, List<String> files, HookContext context) throws IOException {
    List<String> entry = CommandLine.of(hook);
    String script =
        EnvironmentDir.isRemote(hook)
            ? hook.prefix().resolve(entry.get(0)).toString()
            : entry.get(0);
    List<String> command = new ArrayList<>(List.of("julia", "--startup-file=no", script));
    command.addAll(entry.subList(1, entry.size()));
    HookContext inEnvironment =
        new HookContext(
            context.root(),
            inEnvironment(environment(hook, context), context.environment()),
            context.jobs(),
            context.color(),
            context.cacheDir());
    return SystemLanguage.runCommand(command, hook, files, inEnvironment);
  }
}
