package dev.precommit.lang;

import dev.precommit.FatalException;
import dev.precommit.repo.Hook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code language: haskell}, as pre-commit builds it: {@code cabal update}, then {@code cabal
 * install --install-method copy --installdir hs_env-default/bin} with the repository's {@code
 * *.cabal} files and {@code additional_dependencies}; the hook runs with that {@code bin} first on
 * {@code PATH}.
 */
final class HaskellLanguage extends ToolchainLanguage {
  private static final Toolchain CABAL =
      Toolchain.of(
          "ghc and cabal",
          "cabal",
          "ghc cabal-install",
          "ghc cabal-install",
          "cabal-install",
          "https://www.haskell.org/ghcup/");

  HaskellLanguage() {
    super("haskell", "hs_env");
  }

  @Override
  Toolchain toolchain(Map<String, String> env) {
    return CABAL;
  }

  @Override
  Map<String, String> inEnvironment(Path env, Map<String, String> vars) {
    return withPath(env.resolve("bin"), vars);
  }

  @Override
  void build(Hook hook, Path env, Map<String, String> vars) throws IOException {
    List<String> packages = new ArrayList<>();
    Path directory = env;
    if (EnvironmentDir.isRemote(hook)) {
      directory = hook.prefix();
      packages.addAll(Star.of(hook.prefix(), ".cabal"));
    }
    packages.addAll(hook.config().additionalDependencies());
    if (packages.isEmpty()) {
      throw new FatalException(
          "cannot install the environment of hook `"
              + hook.id()
              + "`: expected .cabal files or additional_dependencies");
    }
    Path bin = Files.createDirectories(env.resolve("bin"));
    String cabal = tool(vars);
    EnvironmentDir.runStep(hook, List.of(cabal, "update"), directory, vars);
    List<String> install =
        new ArrayList<>(
            List.of(cabal, "install", "--install-method", "copy", "--installdir", bin.toString()));
    install.addAll(packages);
    EnvironmentDir.runStep(hook, install, directory, vars);
  }
}
