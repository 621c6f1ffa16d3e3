package dev.precommit.repo;

import dev.precommit.config.Config;
import dev.precommit.git.GitRepo;
import dev.precommit.lang.HookContext;
import dev.precommit.lang.HookEnvironments;
import dev.precommit.lang.Language;
import dev.precommit.lang.Languages;
import dev.precommit.output.Output;
import dev.precommit.process.ProcessResult;
import dev.precommit.run.RunOptions;
import dev.precommit.select.PythonRegex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A bare run of a config's remote and local hooks (install environments, pick files by {@code
 * files}/{@code exclude}, run, print pre-commit's status lines), so {@code try-repo} works before
 * the engine's {@code HookRunner} is merged. Replace its one call site with the engine: it has no
 * stash, no type filtering, no SKIP and no modified-file detection.
 */
public final class InterimHookRun {
  private static final int COLUMNS = 79;

  private InterimHookRun() {}

  public static int run(
      Path configFile, RunOptions options, GitRepo git, Map<String, String> env, Output out)
      throws IOException {
    Path root = git.root();
    ConfigFormat format = new InterimConfigFormat();
    Config config = format.loadConfig(configFile);
    Store store = Store.forEnvironment(env);
    List<Hook> hooks =
        new HookResolver(store, new RepoCloner(root), format, out::info).resolveAll(config, root);
    Map<String, String> hookEnv = new HashMap<>(env);
    hookEnv.put("PRE_COMMIT", "1");
    HookContext context = new HookContext(root, hookEnv, 1, out.color(), store.dir());
    Languages languages = Languages.standard();
    new HookEnvironments(languages).install(hooks, context, out);
    List<String> candidates =
        options.files() != null
            ? options.files()
            : options.allFiles() ? git.allFiles() : git.stagedFiles();
    int rc = 0;
    for (Hook hook : hooks) {
      if (options.hookId() != null && !hook.config().isNamed(options.hookId())) {
        continue;
      }
      Pattern include = PythonRegex.compile(hook.config().files());
      Pattern exclude = PythonRegex.compile(hook.config().exclude());
      List<String> files =
          candidates.stream()
              .filter(f -> include.matcher(f).find() && !exclude.matcher(f).find())
              .toList();
      String name = hook.config().name();
      if (files.isEmpty() && !hook.config().alwaysRun()) {
        out.writeLine(line(name, "(no files to check)", "Skipped"));
        continue;
      }
      Optional<Language> language = languages.find(hook.config().language());
      ProcessResult result =
          language.isPresent()
              ? language.get().run(hook, hook.config().passFilenames() ? files : List.of(), context)
              : new ProcessResult(
                  1,
                  ("language " + hook.config().language() + " is not available\n")
                      .getBytes(StandardCharsets.UTF_8));
      boolean passed = result.succeeded();
      out.writeLine(line(name, "", passed ? "Passed" : "Failed"));
      if (!passed || options.verbose() || hook.config().verbose()) {
        out.writeLine("- hook id: " + hook.id());
        if (!passed) {
          out.writeLine("- exit code: " + result.exitCode());
        }
        String text = result.outputText().strip();
        if (!text.isEmpty()) {
          out.writeLine("");
          out.writeLine(text);
          out.writeLine("");
        }
      }
      if (!passed) {
        rc = 1;
      }
    }
    return rc;
  }

  private static String line(String name, String reason, String status) {
    int dots = Math.max(1, COLUMNS - name.length() - reason.length() - status.length());
    return name + ".".repeat(dots) + reason + status;
  }
}
