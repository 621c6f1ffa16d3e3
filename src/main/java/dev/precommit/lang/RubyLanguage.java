package dev.precommit.lang;

import dev.precommit.process.ProcessResult;
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
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code language: ruby}, as pre-commit 4.6.2 builds it with the system's ruby: the hook
 * repository's {@code *.gemspec} built ({@code gem build}) and the resulting {@code *.gem} plus
 * {@code additional_dependencies} installed ({@code gem install --no-document
 * --no-format-executable --no-user-install --install-dir <env>/gems --bindir <env>/gems/bin}) into
 * the environment {@code rbenv-<version>}. Installs and the entry run with {@code
 * GEM_HOME=<env>/gems}, {@code GEM_PATH} unset, {@code BUNDLE_IGNORE_CONFIG=1} and {@code
 * <env>/gems/bin} first on {@code PATH}.
 *
 * <p>{@code language_version: default} is {@code system} when {@code ruby} and {@code gem} are on
 * {@code PATH} outside {@code HOME} and not rbenv shims, as pre-commit decides. Where pre-commit
 * then falls back to its bundled rbenv, precommit uses the {@code ruby} on {@code PATH} all the
 * same (rbenv's {@code system} version would pick that one too) in an environment named {@code
 * rbenv-default}. Any other version pre-commit downloads with rbenv; precommit never downloads a
 * toolchain, so such a hook fails with one line saying what to install. A {@code local} hook's
 * environment holds only its {@code additional_dependencies} (pre-commit also installs an empty
 * placeholder gem).
 */
public final class RubyLanguage implements EnvironmentLanguage {
  static final String ENV_DIR = "rbenv";
  private static final Pattern SHIMS = Pattern.compile("[/\\\\]shims[/\\\\]");

  @Override
  public String name() {
    return "ruby";
  }

  @Override
  public Optional<String> missingToolchain(Hook hook, Map<String, String> env) {
    String version = hook.config().languageVersion();
    if (!version.equals("default") && !version.equals("system")) {
      return Optional.of(
          "hook `"
              + hook.id()
              + "` has `language_version: "
              + version
              + "`, a ruby pre-commit would download with rbenv; precommit does not download"
              + " toolchains: install it (`rbenv install "
              + version
              + "`) and set `language_version: system`");
    }
    return Toolchain.RUBY.missing(hook.id(), env);
  }

  @Override
  public boolean isInstalled(Hook hook, HookContext context) {
    return EnvironmentDir.isReady(
        environment(hook, context), dir -> Files.isDirectory(dir.resolve("gems")));
  }

  @Override
  public void install(Hook hook, HookContext context) throws IOException {
    try (StoreLock lock = new Store(context.cacheDir()).lock(message -> {})) {
      if (isInstalled(hook, context)) {
        return;
      }
      Path prefix = hook.prefix();
      Path envDir = environment(hook, context);
      Map<String, String> env = variables(envDir, context.environment());
      String gem = Executables.find("gem", env).map(Path::toString).orElse("gem");
      EnvironmentDir.build(
          envDir,
          dir -> {
            List<String> gems = new ArrayList<>();
            if (EnvironmentDir.isRemote(hook)) {
              List<String> build = new ArrayList<>(List.of(gem, "build"));
              build.addAll(filesEndingWith(prefix, ".gemspec"));
              EnvironmentDir.runStep(hook, build, prefix, env);
              gems.addAll(filesEndingWith(prefix, ".gem"));
            }
            gems.addAll(hook.config().additionalDependencies());
            if (gems.isEmpty()) {
              Files.createDirectories(dir.resolve("gems").resolve("bin"));
              return;
            }
            List<String> install =
                new ArrayList<>(
                    List.of(
                        gem,
                        "install",
                        "--no-document",
                        "--no-format-executable",
                        "--no-user-install",
                        "--install-dir",
                        dir.resolve("gems").toString(),
                        "--bindir",
                        dir.resolve("gems").resolve("bin").toString()));
            install.addAll(gems);
            EnvironmentDir.runStep(hook, install, prefix, env);
          });
    }
  }

  @Override
  public ProcessResult run(Hook hook, List<String> files, HookContext context) throws IOException {
    Map<String, String> vars = variables(environment(hook, context), context.environment());
    return EntryProcess.run(hook, files, context, vars);
  }

  /** {@code rbenv-<version>}, with {@code default} resolved as pre-commit resolves it. */
  private static Path environment(Hook hook, HookContext context) {
    String version = hook.config().languageVersion();
    if (version.equals("default") && systemRuby(context.environment())) {
      version = "system";
    }
    return EnvironmentDir.of(hook, context, ENV_DIR, version);
  }

  /** pre-commit's {@code ruby.get_default_version}: {@code ruby} and {@code gem} both qualify. */
  static boolean systemRuby(Map<String, String> env) {
    return Stream.of("ruby", "gem").allMatch(exe -> outsideHome(exe, env));
  }

  /** pre-commit's {@code lang_base.exe_exists}. */
  private static boolean outsideHome(String exe, Map<String, String> env) {
    Optional<Path> found = Executables.find(exe, env);
    if (found.isEmpty() || SHIMS.matcher(found.get().toString()).find()) {
      return false;
    }
    Path home = Path.of(env.getOrDefault("HOME", System.getProperty("user.home")));
    return home.getParent() == null || !found.get().startsWith(home);
  }

  /** The environment's variables over {@code base}, as pre-commit's {@code ruby.get_env_patch}. */
  static Map<String, String> variables(Path envDir, Map<String, String> base) {
    Map<String, String> vars = new HashMap<>(base);
    vars.put("GEM_HOME", envDir.resolve("gems").toString());
    vars.remove("GEM_PATH");
    vars.put("BUNDLE_IGNORE_CONFIG", "1");
    vars.put("PATH", Executables.withPathPrefix(envDir.resolve("gems").resolve("bin"), base));
    return vars;
  }

  /** pre-commit's {@code prefix.star(suffix)}, sorted: the names in {@code dir} ending so. */
  private static List<String> filesEndingWith(Path dir, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(suffix))
          .sorted()
          .toList();
    }
  }
}
