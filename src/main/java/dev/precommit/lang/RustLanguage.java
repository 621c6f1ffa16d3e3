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
 * {@code language: rust}, as pre-commit 4.6.2 builds it: {@code cargo install --bins --root <env>
 * --path .} in the hook repository ({@code rustenv-<version>}). {@code additional_dependencies}
 * {@code cli:name[:version]} are crates whose binaries are {@code cargo install}ed into the same
 * root; any other {@code name[:version]} is a library added to the hook's own {@code Cargo.toml}
 * with {@code cargo add name@version} first. The entry runs with {@code <env>/bin} first on {@code
 * PATH}.
 *
 * <p>Unlike pre-commit, precommit never downloads Rust or rustup. {@code language_version} {@code
 * default} and {@code system} use the {@code cargo} on {@code PATH} (pre-commit's default when
 * {@code cargo --version} works); any other value is a rustup toolchain ({@code 1.75.0}, {@code
 * nightly}) that must already be installed: it is selected with {@code RUSTUP_TOOLCHAIN}, at
 * install and at run time, as pre-commit does. While precommit builds, rustup's automatic toolchain
 * install is turned off ({@code RUSTUP_AUTO_INSTALL=0}, unless the user set it), so a {@code
 * rust-toolchain.toml} in the hook repository fails instead of downloading. Without the toolchain
 * asked for, the hook fails with one line naming the command that installs it.
 */
public final class RustLanguage implements EnvironmentLanguage {
  static final String ENV_DIR = "rustenv";
  private static final String RUSTUP_INSTALL =
      "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh";

  /** Debian's and Fedora's cargo build most hooks; rustup is what language_version needs. */
  private static final Toolchain CARGO =
      Toolchain.of("rust", "cargo", "cargo", "cargo", "rust", RUSTUP_INSTALL);

  @Override
  public String name() {
    return "rust";
  }

  @Override
  public boolean isInstalled(Hook hook, HookContext context) {
    return EnvironmentDir.isReady(
        envDir(hook, context), dir -> Files.isDirectory(dir.resolve("bin")));
  }

  @Override
  public Optional<String> missingToolchain(Hook hook, Map<String, String> env) {
    if (isInstalled(hook, EnvironmentDir.contextFor(env))) {
      return Optional.empty(); // a built environment needs no cargo to run its binaries
    }
    return cargo(hook, env).isPresent() ? Optional.empty() : Optional.of(missing(hook, env));
  }

  @Override
  public void install(Hook hook, HookContext context) throws IOException {
    try (StoreLock lock = new Store(context.cacheDir()).lock(message -> {})) {
      if (isInstalled(hook, context)) {
        return;
      }
      Map<String, String> base = context.environment();
      String cargo = cargo(hook, base).orElseThrow(() -> new FatalException(missing(hook, base)));
      Path env = envDir(hook, context);
      EnvironmentDir.build(
          env,
          dir -> {
            Map<String, String> vars = toolchainEnvironment(hook, base);
            vars.put("PATH", Executables.withPathPrefix(dir.resolve("bin"), base));
            Path source = sourceDir(hook, dir);
            List<String> libraries = new ArrayList<>();
            List<List<String>> installs = new ArrayList<>();
            installs.add(List.of("--path", "."));
            for (String dependency : hook.config().additionalDependencies()) {
              if (dependency.startsWith("cli:")) {
                String[] parts = dependency.substring("cli:".length()).split(":", 2);
                installs.add(
                    parts.length == 2 && !parts[1].isEmpty()
                        ? List.of(parts[0], "--version", parts[1])
                        : List.of(parts[0]));
              } else {
                String[] parts = dependency.split(":", 2);
                libraries.add(
                    parts[0] + "@" + (parts.length == 2 && !parts[1].isEmpty() ? parts[1] : "*"));
              }
            }
            if (!libraries.isEmpty()) {
              List<String> add = new ArrayList<>(List.of(cargo, "add"));
              add.addAll(libraries);
              EnvironmentDir.runStep(hook, add, source, vars);
            }
            for (List<String> args : installs) {
              List<String> command =
                  new ArrayList<>(List.of(cargo, "install", "--bins", "--root", dir.toString()));
              command.addAll(args);
              EnvironmentDir.runStep(hook, command, source, vars);
            }
            Files.createDirectories(dir.resolve("bin"));
          });
    }
  }

  @Override
  public ProcessResult run(Hook hook, List<String> files, HookContext context) throws IOException {
    if (!isInstalled(hook, context)) {
      return EntryProcess.failure(missing(hook, context.environment()));
    }
    Path env = envDir(hook, context);
    // As pre-commit sets it: the hook's own use of rustup is the user's business.
    Map<String, String> vars = new HashMap<>(context.environment());
    if (!version(hook).equals("system")) {
      vars.put("RUSTUP_TOOLCHAIN", version(hook));
    }
    vars.put("PATH", Executables.withPathPrefix(env.resolve("bin"), context.environment()));
    return EntryProcess.run(hook, files, context, vars);
  }

  /** {@code default} is {@code system}, as pre-commit resolves it where cargo works. */
  static String version(Hook hook) {
    String version = hook.config().languageVersion();
    return version.equals("default") ? "system" : version;
  }

  private static Path envDir(Hook hook, HookContext context) {
    return EnvironmentDir.of(hook, context, ENV_DIR, version(hook));
  }

  /** {@code base} with the asked toolchain selected and rustup's downloads turned off: to build. */
  private static Map<String, String> toolchainEnvironment(Hook hook, Map<String, String> base) {
    Map<String, String> vars = new HashMap<>(base);
    vars.putIfAbsent("RUSTUP_AUTO_INSTALL", "0");
    if (!version(hook).equals("system")) {
      vars.put("RUSTUP_TOOLCHAIN", version(hook));
    }
    return vars;
  }

  /** The {@code cargo} to build with, when {@code cargo --version} works for the toolchain. */
  private static Optional<String> cargo(Hook hook, Map<String, String> env) {
    Optional<Path> cargo = Executables.find("cargo", env);
    if (cargo.isEmpty()) {
      return Optional.empty();
    }
    try {
      if (!version(hook).equals("system") && !rustupHas(version(hook), env)) {
        // Asked before cargo runs with it: a rustup older than 1.28 would install it.
        return Optional.empty();
      }
      ProcessResult result =
          ProcessRunner.merged(toolchainEnvironment(hook, env))
              .run(List.of(cargo.get().toString(), "--version"), Path.of("/"));
      return result.succeeded() ? Optional.of(cargo.get().toString()) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** True when {@code rustup toolchain list} names {@code toolchain} ({@code 1.75.0} or full). */
  private static boolean rustupHas(String toolchain, Map<String, String> env) throws IOException {
    Optional<Path> rustup = Executables.find("rustup", env);
    if (rustup.isEmpty()) {
      return false;
    }
    ProcessResult list =
        ProcessRunner.separate(env)
            .run(List.of(rustup.get().toString(), "toolchain", "list"), Path.of("/"));
    return list.succeeded()
        && list.outputText()
            .lines()
            .map(line -> line.split(" ")[0])
            .anyMatch(name -> name.equals(toolchain) || name.startsWith(toolchain + "-"));
  }

  /**
   * The directory {@code cargo install --path .} runs in: the clone, or for a local hook
   * pre-commit's placeholder crate, so that its dependencies install as under pre-commit.
   */
  private static Path sourceDir(Hook hook, Path env) throws IOException {
    if (EnvironmentDir.isRemote(hook)) {
      return hook.prefix();
    }
    Path placeholder = env.resolve("precommit-local");
    Files.createDirectories(placeholder);
    Files.writeString(
        placeholder.resolve("Cargo.toml"),
        "[package]\nname = \"__fake_crate\"\nversion = \"0.0.0\"\n\n"
            + "[[bin]]\nname = \"__fake_cmd\"\npath = \"main.rs\"\n");
    Files.writeString(placeholder.resolve("main.rs"), "fn main() {}\n");
    return placeholder;
  }

  /** The one line a hook fails with when the Rust it needs is not installed. */
  static String missing(Hook hook, Map<String, String> env) {
    String version = version(hook);
    if (version.equals("system")) {
      return CARGO
          .missing(hook.id(), env)
          .orElse(
              "hook `"
                  + hook.id()
                  + "` needs rust, and `cargo --version` does not work: install a toolchain with"
                  + " `rustup default stable`");
    }
    if (Executables.find("rustup", env).isEmpty()) {
      return "hook `"
          + hook.id()
          + "` asks for Rust "
          + version
          + " (language_version), which needs rustup: install it with `"
          + RUSTUP_INSTALL
          + "`, then run `rustup toolchain install "
          + version
          + "`; precommit does not download toolchains";
    }
    return "hook `"
        + hook.id()
        + "` asks for Rust "
        + version
        + " (language_version), which is not installed: run `rustup toolchain install "
        + version
        + "`; precommit does not download toolchains";
  }
}
