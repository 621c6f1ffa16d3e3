package dev.precommit.lang;

import dev.precommit.FatalException;
import dev.precommit.repo.Hook;
import dev.precommit.repo.Store;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * {@code language: dart}, as pre-commit builds it: {@code dart pub get} in the hook repository,
 * then {@code dart compile exe} of each of its {@code pubspec.yaml} {@code executables} into {@code
 * dartenv-default/bin}; each {@code additional_dependencies} entry ({@code package} or {@code
 * package:version}) is fetched with {@code dart pub cache add} and compiled the same way. Each step
 * has its own throw-away {@code PUB_CACHE}.
 */
final class DartLanguage extends ToolchainLanguage {
  private static final Toolchain DART =
      Toolchain.of("the Dart SDK", "dart", "", "", "dart", "https://dart.dev/get-dart");

  DartLanguage() {
    super("dart", "dartenv");
  }

  @Override
  Toolchain toolchain(Map<String, String> env) {
    return DART;
  }

  @Override
  Map<String, String> inEnvironment(Path env, Map<String, String> vars) {
    return withPath(env.resolve("bin"), vars);
  }

  @Override
  void build(Hook hook, Path env, Map<String, String> vars) throws IOException {
    Path bin = Files.createDirectories(env.resolve("bin"));
    if (EnvironmentDir.isRemote(hook)) {
      Path cache = Files.createTempDirectory("precommit-pub-cache");
      try {
        compile(hook, hook.prefix(), cache, bin, vars);
      } finally {
        Store.deleteRecursively(cache);
      }
    }
    for (String dependency : hook.config().additionalDependencies()) {
      Path cache = Files.createTempDirectory("precommit-pub-cache");
      try {
        int colon = dependency.indexOf(':');
        List<String> add =
            colon < 0
                ? List.of(tool(vars), "pub", "cache", "add", dependency)
                : List.of(
                    tool(vars),
                    "pub",
                    "cache",
                    "add",
                    dependency.substring(0, colon),
                    "--version",
                    dependency.substring(colon + 1));
        Map<String, String> withCache = new HashMap<>(vars);
        withCache.put("PUB_CACHE", cache.toString());
        EnvironmentDir.runStep(hook, add, env, withCache);
        Path pubspec =
            find(cache)
                .orElseThrow(
                    () ->
                        new FatalException(
                            "cannot install the environment of hook `"
                                + hook.id()
                                + "`: could not find pubspec.yaml for "
                                + dependency));
        compile(hook, pubspec.getParent(), cache, bin, vars);
      } finally {
        Store.deleteRecursively(cache);
      }
    }
  }

  private void compile(Hook hook, Path pkg, Path cache, Path bin, Map<String, String> vars)
      throws IOException {
    Map<String, String> withCache = new HashMap<>(vars);
    withCache.put("PUB_CACHE", cache.toString());
    EnvironmentDir.runStep(hook, List.of(tool(vars), "pub", "get"), pkg, withCache);
    for (String executable : executables(pkg.resolve("pubspec.yaml"))) {
      EnvironmentDir.runStep(
          hook,
          List.of(
              tool(vars),
              "compile",
              "exe",
              "--output",
              bin.resolve(executable).toString(),
              pkg.resolve("bin").resolve(executable + ".dart").toString()),
          pkg,
          withCache);
    }
  }

  /** The names under {@code executables:} in a pubspec. */
  static List<String> executables(Path pubspec) throws IOException {
    try (Reader reader = Files.newBufferedReader(pubspec, StandardCharsets.UTF_8)) {
      Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
      if (document instanceof Map<?, ?> map && map.get("executables") instanceof Map<?, ?> exes) {
        return exes.keySet().stream().map(String::valueOf).toList();
      }
      return List.of();
    }
  }

  private static Optional<Path> find(Path cache) throws IOException {
    try (Stream<Path> files = Files.walk(cache)) {
      return files.filter(p -> p.getFileName().toString().equals("pubspec.yaml")).findFirst();
    }
  }
}
