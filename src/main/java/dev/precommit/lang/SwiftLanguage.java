package dev.precommit.lang;

import dev.precommit.repo.Hook;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code language: swift}, as pre-commit builds it: {@code swift build -c release} of the hook
 * repository's package into {@code swift_env-default/.build}; the hook runs with {@code
 * .build/release} first on {@code PATH}. No {@code additional_dependencies}.
 */
final class SwiftLanguage extends ToolchainLanguage {
  private static final Toolchain SWIFT =
      Toolchain.of("swift", "swift", "", "", "", "https://www.swift.org/install/");

  SwiftLanguage() {
    super("swift", "swift_env");
  }

  @Override
  Toolchain toolchain(Map<String, String> env) {
    return SWIFT;
  }

  @Override
  boolean takesDependencies() {
    return false;
  }

  @Override
  Map<String, String> inEnvironment(Path env, Map<String, String> vars) {
    return withPath(env.resolve(".build").resolve("release"), vars);
  }

  @Override
  void build(Hook hook, Path env, Map<String, String> vars) throws IOException {
    EnvironmentDir.runStep(
        hook,
        List.of(
            tool(vars),
            "build",
            "--package-path",
            hook.prefix().toString(),
            "-c",
            "release",
            "--build-path",
            env.resolve(".build").toString()),
        hook.prefix(),
        vars);
  }
}
