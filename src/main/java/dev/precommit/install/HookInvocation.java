package dev.precommit.install;

import dev.precommit.ExitCodes;
import dev.precommit.config.Stage;
import dev.precommit.git.GitRepo;
import dev.precommit.run.RunOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The part of a git hook call that comes before running hooks, in pre-commit's order: run the
 * legacy hook, make sure there is a config (or skip, when allowed), check git's arguments, and turn
 * them into {@link RunOptions}. Kept free of picocli and of config parsing so the hook path stays
 * lean.
 */
public final class HookInvocation {
  private final Path workingDir;
  private final Map<String, String> env;
  private final InputStream stdin;
  private final OutputStream out;
  private final OutputStream err;

  public HookInvocation(
      Path workingDir,
      Map<String, String> env,
      InputStream stdin,
      OutputStream out,
      OutputStream err) {
    this.workingDir = workingDir;
    this.env = Map.copyOf(env);
    this.stdin = stdin;
    this.out = out;
    this.err = err;
  }

  /**
   * Runs the legacy hook (if any) and decides what the engine does next. Messages (missing config,
   * wrong arguments) are written here; the caller only runs the plan.
   */
  public HookPlan prepare(HookRequest request, GitRepo repo) {
    Stage type = request.hookType();
    if (!env.getOrDefault(LegacyHook.RUNNING_LEGACY, "").isEmpty()) {
      write(
          err,
          "bug: precommit's script is installed in migration mode\n"
              + "run `precommit install -f --hook-type "
              + type.id()
              + "` to fix this\n");
      return new HookPlan.Done(ExitCodes.FAILED);
    }
    byte[] input = readsStdin(type) ? readAll() : new byte[0];
    int legacyCode = runLegacy(request, input);

    Path config = repo.root().resolve(request.config());
    if (!Files.isRegularFile(config)) {
      if (request.skipOnMissingConfig()
          || !env.getOrDefault("PRE_COMMIT_ALLOW_NO_CONFIG", "").isEmpty()) {
        write(out, "`" + request.config() + "` config file not found. Skipping `precommit`.\n");
        return new HookPlan.Done(legacyCode);
      }
      write(
          out,
          "No "
              + request.config()
              + " file was found\n"
              + "- To temporarily silence this, run `PRE_COMMIT_ALLOW_NO_CONFIG=1 git ...`\n"
              + "- To permanently silence this, install precommit with the --allow-missing-config"
              + " option\n"
              + "- To uninstall precommit run `precommit uninstall`\n");
      return new HookPlan.Done(ExitCodes.FAILED);
    }

    Optional<String> countError = HookArguments.countError(type, request.args());
    if (countError.isPresent()) {
      write(err, countError.get() + "\n");
      return new HookPlan.Done(ExitCodes.FAILED);
    }
    return HookArguments.toRunOptions(type, request.args(), input, repo, request.config())
        .<HookPlan>map(options -> new HookPlan.Run(legacyCode, options))
        .orElseGet(() -> new HookPlan.Done(legacyCode));
  }

  /**
   * Git feeds stdin to pre-push (the refs) and post-rewrite (the rewritten commits); other hooks
   * get none, and reading it would hang when someone runs a shim by hand in a terminal.
   */
  private static boolean readsStdin(Stage type) {
    return type == Stage.PRE_PUSH || type == Stage.POST_REWRITE;
  }

  private int runLegacy(HookRequest request, byte[] input) {
    if (request.hookDir() == null) {
      return 0;
    }
    Path legacy = LegacyHook.find(workingDir.resolve(request.hookDir()), request.hookType().id());
    if (legacy == null) {
      return 0;
    }
    return LegacyHook.run(legacy, request.args(), input, workingDir, env, out, err);
  }

  private byte[] readAll() {
    try {
      return stdin.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(OutputStream stream, String text) {
    try {
      stream.write(text.getBytes(StandardCharsets.UTF_8));
      stream.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
