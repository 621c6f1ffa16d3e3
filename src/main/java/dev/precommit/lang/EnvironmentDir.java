package dev.precommit.lang;

import dev.precommit.FatalException;
import dev.precommit.config.RepoConfig;
import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import dev.precommit.repo.CacheDir;
import dev.precommit.repo.Hook;
import dev.precommit.repo.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Where a hook's environment lives and the protocol that keeps a half-built one from being used:
 * the directory is emptied, built, and only then gets its marker file. An environment without the
 * marker (an install that was killed) or failing its health check is deleted and built again.
 *
 * <p>Building in place rather than in a temporary directory renamed at the end: virtualenvs and npm
 * prefixes record their absolute path in scripts and config, so a renamed one is broken. The marker
 * written last gives the same guarantee. Callers hold the store lock.
 */
final class EnvironmentDir {
  static final String MARKER = ".precommit-installed";

  private EnvironmentDir() {}

  /** A hook repository's environment: inside its clone; local hooks' under the store. */
  static Path of(Hook hook, HookContext context, String name) {
    return of(hook, context, name, hook.config().languageVersion());
  }

  /** The same, for a language that resolves {@code default} to a version of its own. */
  static Path of(Hook hook, HookContext context, String name, String version) {
    String dirName = name + "-" + version.replace('/', '_');
    if (isRemote(hook)) {
      return hook.prefix().resolve(dirName);
    }
    String key =
        hook.config().language()
            + "\0"
            + version
            + "\0"
            + String.join("\0", hook.config().additionalDependencies());
    return new Store(context.cacheDir()).localEnvironments().resolve(dirName + "-" + sha(key));
  }

  /**
   * A context that finds environments in {@code env}'s cache, for questions asked outside a run
   * ({@code validate-config}): only the cache directory is meaningful.
   */
  static HookContext contextFor(Map<String, String> env) {
    return new HookContext(Path.of("."), env, 1, false, CacheDir.resolve(env));
  }

  static boolean isRemote(Hook hook) {
    return !List.of(RepoConfig.LOCAL, RepoConfig.META, RepoConfig.BUILTIN).contains(hook.repo());
  }

  static boolean isReady(Path env, Predicate<Path> healthy) {
    return Files.isRegularFile(env.resolve(MARKER)) && healthy.test(env);
  }

  /** What fills an emptied environment directory. */
  interface Builder {
    void build(Path env) throws IOException;
  }

  static void build(Path env, Builder builder) throws IOException {
    Store.deleteRecursively(env);
    Files.createDirectories(env);
    try {
      builder.build(env);
    } catch (IOException | RuntimeException e) {
      Store.deleteRecursively(env);
      throw e;
    }
    Files.write(env.resolve(MARKER), new byte[0]);
  }

  /**
   * Runs one install step and turns a failure into a one-line error naming the hook, the command
   * and the last line the tool printed.
   */
  static void runStep(Hook hook, List<String> command, Path directory, Map<String, String> env)
      throws IOException {
    ProcessResult result = ProcessRunner.merged(withoutGitState(env)).run(command, directory);
    if (!result.succeeded()) {
      List<String> lines = result.outputText().strip().lines().map(String::strip).toList();
      String last =
          lines.stream()
              .filter(
                  l ->
                      l.startsWith("ERROR:") || l.startsWith("Error:") || l.startsWith("npm error"))
              .reduce((a, b) -> b)
              .or(() -> lines.stream().filter(l -> l.startsWith("error")).findFirst())
              .orElse(lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1));
      int at = lines.lastIndexOf(last);
      if (last.endsWith(":") && at >= 0 && at + 1 < lines.size()) {
        // A line that announces the reason (gem's "…, here is why:") is followed by it.
        last += " " + lines.get(at + 1);
      }
      throw new FatalException(
          "cannot install the environment of hook `"
              + hook.id()
              + "` from "
              + hook.repo()
              + ": `"
              + String.join(" ", command)
              + "` exited with "
              + result.exitCode()
              + ": "
              + last);
    }
  }

  /**
   * {@code env} without the {@code GIT_*} variables a git hook inherits ({@code GIT_DIR}, {@code
   * GIT_INDEX_FILE}, …): a build step that runs git (setuptools-scm, npm's git dependencies) must
   * see the hook repository, not the user's. Transport and auth settings are kept, as pre-commit
   * keeps them.
   */
  static Map<String, String> withoutGitState(Map<String, String> env) {
    Map<String, String> clean = new java.util.HashMap<>();
    env.forEach(
        (k, v) -> {
          if (!k.startsWith("GIT_")
              || KEPT_GIT_VARIABLES.contains(k)
              || k.startsWith("GIT_CONFIG_")) {
            clean.put(k, v);
          }
        });
    return clean;
  }

  private static final java.util.Set<String> KEPT_GIT_VARIABLES =
      java.util.Set.of(
          "GIT_EXEC_PATH",
          "GIT_SSH",
          "GIT_SSH_COMMAND",
          "GIT_SSL_CAINFO",
          "GIT_SSL_NO_VERIFY",
          "GIT_HTTP_PROXY_AUTHMETHOD",
          "GIT_ALLOW_PROTOCOL",
          "GIT_ASKPASS");

  static String sha(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
