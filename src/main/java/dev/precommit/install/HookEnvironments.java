package dev.precommit.install;

import dev.precommit.FatalException;
import dev.precommit.config.Config;
import dev.precommit.config.ConfigLoader;
import dev.precommit.git.GitRepo;
import dev.precommit.lang.EnvironmentSetup;
import dev.precommit.lang.HookContext;
import dev.precommit.lang.Languages;
import dev.precommit.output.Output;
import dev.precommit.repo.HookResolver;
import dev.precommit.repo.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Prepares every hook's environment ahead of the first commit, for {@code install-hooks} and {@code
 * install --install-hooks}: clones the remote hook repositories and builds the python, node, jvm
 * and java environments. Built-in checks and {@code system}, {@code script}, {@code fail} and
 * {@code pygrep} hooks need none. Then names, one line each, what a commit would stop at: unknown
 * built-in ids, repositories that cannot be fetched, languages precommit cannot run.
 */
public final class HookEnvironments {
  private HookEnvironments() {}

  /**
   * Builds the environments of the hooks in {@code config} (relative to the repository root, or
   * absolute); returns an exit code.
   */
  public static int prepareAll(GitRepo repo, String config, Output out) {
    return prepareAll(repo, config, repo.root(), out);
  }

  /**
   * As above for the config of a workspace project: its hooks run in {@code root}, the project's
   * directory.
   */
  public static int prepareAll(GitRepo repo, String config, Path root, Output out) {
    Path configFile = repo.root().resolve(config);
    Map<String, String> env = repo.environment();
    Config loaded = ConfigLoader.load(configFile, config, out::warn).config();
    Store store = Store.forEnvironment(env);
    HookResolver remote = HookResolver.standard(env, root, out);
    Languages languages = Languages.standard();
    HookCheckup checkup =
        HookCheckup.of(loaded, root, env, languages, r -> remote.resolve(r, loaded));
    try {
      new EnvironmentSetup(languages)
          .install(checkup.hooks(), new HookContext(root, env, 1, out.color(), store.dir()), out);
    } catch (IOException e) {
      throw new FatalException("cannot install hook environments: " + e.getMessage(), e);
    }
    // What a commit would stop at, said now: one line each.
    checkup.problems().forEach(out::error);
    return checkup.problems().isEmpty() ? 0 : 1;
  }
}
