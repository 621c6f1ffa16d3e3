package dev.precommit.lang;

import dev.precommit.repo.Hook;
import dev.precommit.repo.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code language: conda}, as pre-commit builds it: {@code conda env create -p conda-default --file
 * environment.yml} in the hook repository, then {@code conda install -p …} of the {@code
 * additional_dependencies}; {@code mamba} or {@code micromamba} instead of {@code conda} when
 * {@code PRE_COMMIT_USE_MAMBA} or {@code PRE_COMMIT_USE_MICROMAMBA} is set. The hook runs with
 * {@code CONDA_PREFIX} set and the environment's {@code bin} first on {@code PATH}.
 */
final class CondaLanguage extends ToolchainLanguage {
  /** pre-commit's template for local hooks: an environment must have one package. */
  private static final String LOCAL_ENVIRONMENT =
      "channels:\n  - conda-forge\n  - defaults\ndependencies:\n  - openssl\n";

  CondaLanguage() {
    super("conda", "conda");
  }

  @Override
  Toolchain toolchain(Map<String, String> env) {
    if (!env.getOrDefault("PRE_COMMIT_USE_MICROMAMBA", "").isEmpty()) {
      return Toolchain.of(
          "micromamba",
          "micromamba",
          "",
          "",
          "micromamba",
          "\"${SHELL}\" <(curl -L micro.mamba.pm/install.sh)");
    }
    if (!env.getOrDefault("PRE_COMMIT_USE_MAMBA", "").isEmpty()) {
      return Toolchain.of(
          "mamba", "mamba", "", "", "--cask miniforge", "https://conda-forge.org/download/");
    }
    return Toolchain.of(
        "conda", "conda", "", "", "--cask miniforge", "https://conda-forge.org/download/");
  }

  @Override
  Map<String, String> inEnvironment(Path env, Map<String, String> vars) {
    Map<String, String> patched = new HashMap<>(withPath(env.resolve("bin"), vars));
    patched.remove("PYTHONHOME");
    patched.remove("VIRTUAL_ENV");
    patched.put("CONDA_PREFIX", env.toString());
    return patched;
  }

  @Override
  void build(Hook hook, Path env, Map<String, String> vars) throws IOException {
    String conda = tool(vars);
    if (EnvironmentDir.isRemote(hook)) {
      create(hook, conda, env, hook.prefix(), vars);
      return;
    }
    Path template = Files.createTempDirectory("precommit-conda");
    try {
      Files.writeString(
          template.resolve("environment.yml"), LOCAL_ENVIRONMENT, StandardCharsets.UTF_8);
      create(hook, conda, env, template, vars);
    } finally {
      Store.deleteRecursively(template);
    }
  }

  private static void create(
      Hook hook, String conda, Path env, Path directory, Map<String, String> vars)
      throws IOException {
    // conda creates the prefix itself.
    Files.delete(env);
    EnvironmentDir.runStep(
        hook,
        List.of(conda, "env", "create", "-p", env.toString(), "--file", "environment.yml"),
        directory,
        vars);
    List<String> dependencies = hook.config().additionalDependencies();
    if (!dependencies.isEmpty()) {
      List<String> install = new ArrayList<>(List.of(conda, "install", "-p", env.toString()));
      install.addAll(dependencies);
      EnvironmentDir.runStep(hook, install, directory, vars);
    }
  }
}
