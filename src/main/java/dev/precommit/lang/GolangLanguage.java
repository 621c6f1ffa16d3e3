package dev.precommit.lang;

import dev.precommit.FatalException;
import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import dev.precommit.repo.Hook;
import dev.precommit.repo.Store;
import dev.precommit.repo.StoreLock;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code language: golang}, as pre-commit 4.6.2 builds it: {@code go install ./...} in the hook
 * repository, then {@code go install <dep>} for each {@code additional_dependencies} entry, with
 * {@code GOPATH} the environment directory ({@code golangenv-<version>}) and {@code GOBIN} unset,
 * so the binaries land in its {@code bin}; the downloaded modules ({@code pkg}) are deleted after.
 * The entry runs with that {@code bin} first on {@code PATH}.
 *
 * <p>Unlike pre-commit, precommit never downloads Go. {@code language_version} {@code default} and
 * {@code system} use the {@code go} on {@code PATH} (pre-commit's default when there is one). A
 * version ({@code 1.22.1}) uses that Go when it is installed: the {@code go} on {@code PATH} when
 * it is that version, else {@code go1.22.1} from {@code golang.org/dl} on {@code PATH} or its SDK
 * in {@code ~/sdk/go1.22.1}; the hook then runs with its {@code GOROOT}, as pre-commit runs one
 * with the Go it downloaded. Installs run with {@code GOTOOLCHAIN=local} (unless the user set
 * {@code GOTOOLCHAIN}), so a {@code go.mod} asking for a newer Go fails instead of fetching one.
 * Without the Go asked for, the hook fails with one line naming the command that installs it.
 */
public final class GolangLanguage implements EnvironmentLanguage {
  static final String ENV_DIR = "golangenv";

  /** Where a version-asked environment remembers the {@code GOROOT} it was built with. */
  static final String GOROOT_FILE = ".precommit-goroot";

  @Override
  public String name() {
    return "golang";
  }

  @Override
  public boolean isInstalled(Hook hook, HookContext context) {
    return EnvironmentDir.isReady(
        envDir(hook, context), dir -> Files.isDirectory(dir.resolve("bin")));
  }

  @Override
  public Optional<String> missingToolchain(Hook hook, Map<String, String> env) {
    if (isInstalled(hook, EnvironmentDir.contextFor(env))) {
      return Optional.empty(); // a built environment needs no Go: its binaries are static
    }
    try {
      return goFor(hook, env).isPresent() ? Optional.empty() : Optional.of(missing(hook, env));
    } catch (IOException e) {
      return Optional.of(missing(hook, env));
    }
  }

  @Override
  public void install(Hook hook, HookContext context) throws IOException {
    try (StoreLock lock = new Store(context.cacheDir()).lock(message -> {})) {
      if (isInstalled(hook, context)) {
        return;
      }
      Map<String, String> base = context.environment();
      Go go = goFor(hook, base).orElseThrow(() -> new FatalException(missing(hook, base)));
      Path env = envDir(hook, context);
      EnvironmentDir.build(
          env,
          dir -> {
            Map<String, String> vars = new HashMap<>(base);
            vars.put("GOPATH", dir.toString());
            vars.remove("GOBIN");
            vars.putIfAbsent("GOTOOLCHAIN", "local");
            if (go.goroot() != null) {
              vars.put("GOTOOLCHAIN", "local");
              vars.put("GOROOT", go.goroot());
              vars.put("PATH", Executables.withPathPrefix(Path.of(go.goroot(), "bin"), base));
              Files.writeString(dir.resolve(GOROOT_FILE), go.goroot(), StandardCharsets.UTF_8);
            }
            Path source = sourceDir(hook, dir);
            EnvironmentDir.runStep(
                hook, List.of(go.executable(), "install", "./..."), source, vars);
            for (String dependency : hook.config().additionalDependencies()) {
              EnvironmentDir.runStep(
                  hook, List.of(go.executable(), "install", dependency), source, vars);
            }
            Files.createDirectories(dir.resolve("bin"));
            // Modules are read-only once downloaded; deleteRecursively makes them writable.
            Store.deleteRecursively(dir.resolve("pkg"));
          });
    }
  }

  @Override
  public ProcessResult run(Hook hook, List<String> files, HookContext context) throws IOException {
    if (!isInstalled(hook, context)) {
      return EntryProcess.failure(missing(hook, context.environment()));
    }
    Path env = envDir(hook, context);
    Map<String, String> vars = new HashMap<>(context.environment());
    Path gorootFile = env.resolve(GOROOT_FILE);
    if (Files.isRegularFile(gorootFile)) {
      String goroot = Files.readString(gorootFile, StandardCharsets.UTF_8);
      vars.put("GOROOT", goroot);
      vars.put("GOTOOLCHAIN", "local");
      vars.put(
          "PATH",
          env.resolve("bin")
              + File.pathSeparator
              + Executables.withPathPrefix(Path.of(goroot, "bin"), context.environment()));
    } else {
      vars.put("PATH", Executables.withPathPrefix(env.resolve("bin"), context.environment()));
    }
    return EntryProcess.run(hook, files, context, vars);
  }

  /** {@code default} is {@code system}, as pre-commit resolves it where Go is installed. */
  static String version(Hook hook) {
    String version = hook.config().languageVersion();
    return version.equals("default") ? "system" : version;
  }

  private static Path envDir(Hook hook, HookContext context) {
    return EnvironmentDir.of(hook, context, ENV_DIR, version(hook));
  }

  /**
   * The directory {@code go install ./...} runs in: the clone, or for a local hook pre-commit's
   * placeholder module, so that its dependencies install as under pre-commit.
   */
  private static Path sourceDir(Hook hook, Path env) throws IOException {
    if (EnvironmentDir.isRemote(hook)) {
      return hook.prefix();
    }
    Path placeholder = env.resolve("precommit-local");
    Files.createDirectories(placeholder);
    Files.writeString(
        placeholder.resolve("go.mod"), "module pre-commit-placeholder-empty-module\n");
    Files.writeString(placeholder.resolve("main.go"), "package main\n\nfunc main() {}\n");
    return placeholder;
  }

  /**
   * The Go a hook asks for, when installed.
   *
   * @param executable the {@code go} command to run
   * @param goroot its root when a version was asked for (the hook then runs with it), else null
   */
  private record Go(String executable, String goroot) {}

  private static final Toolchain GO =
      Toolchain.of("go", "go", "golang-go", "golang", "go", "https://go.dev/doc/install");

  private static Optional<Go> goFor(Hook hook, Map<String, String> env) throws IOException {
    String version = version(hook);
    Optional<Path> system = Executables.find("go", env);
    if (version.equals("system")) {
      return system.map(go -> new Go(go.toString(), null));
    }
    String wanted = version.startsWith("go") ? version : "go" + version;
    if (system.isPresent()) {
      List<String> facts = goEnv(system.get().toString(), env, "GOVERSION", "GOROOT");
      if (facts.size() == 2 && facts.get(0).equals(wanted)) {
        return Optional.of(new Go(system.get().toString(), facts.get(1)));
      }
    }
    Optional<Path> wrapper = Executables.find(wanted, env);
    if (wrapper.isPresent()) {
      List<String> facts = goEnv(wrapper.get().toString(), env, "GOROOT");
      if (facts.size() == 1 && Files.isExecutable(Path.of(facts.get(0), "bin", "go"))) {
        return Optional.of(new Go(Path.of(facts.get(0), "bin", "go").toString(), facts.get(0)));
      }
    }
    Path sdk = Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), "sdk", wanted);
    if (Files.isExecutable(sdk.resolve("bin").resolve("go"))) {
      return Optional.of(new Go(sdk.resolve("bin").resolve("go").toString(), sdk.toString()));
    }
    return Optional.empty();
  }

  private static List<String> goEnv(String go, Map<String, String> env, String... names)
      throws IOException {
    List<String> command = new ArrayList<>(List.of(go, "env"));
    command.addAll(List.of(names));
    Map<String, String> vars = new HashMap<>(env);
    vars.put("GOTOOLCHAIN", "local");
    ProcessResult result = ProcessRunner.separate(vars).run(command, Path.of("/"));
    return result.succeeded() ? result.outputText().strip().lines().toList() : List.of();
  }

  /** The one line a hook fails with when the Go it needs is not installed. */
  static String missing(Hook hook, Map<String, String> env) {
    String version = version(hook);
    if (version.equals("system")) {
      return GO.missing(hook.id(), env)
          .orElse("hook `" + hook.id() + "` needs go, and `go` does not run: reinstall it");
    }
    String wanted = version.startsWith("go") ? version : "go" + version;
    return "hook `"
        + hook.id()
        + "` asks for Go "
        + version
        + " (language_version), which is not installed: run `go install golang.org/dl/"
        + wanted
        + "@latest && "
        + wanted
        + " download`; precommit does not download toolchains";
  }
}
