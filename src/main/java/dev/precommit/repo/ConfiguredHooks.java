package dev.precommit.repo;

import dev.precommit.FatalException;
import dev.precommit.config.Config;
import dev.precommit.config.HookConfig;
import dev.precommit.config.HookConfigs;
import dev.precommit.config.NearestName;
import dev.precommit.config.RepoConfig;
import dev.precommit.hooks.BuiltinChecks;
import dev.precommit.hooks.Check;
import dev.precommit.hooks.formatters.LanguageFormatters;
import dev.precommit.hooks.meta.MetaHooks;
import dev.precommit.output.Output;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Every hook a config names, resolved: local hooks as written, meta and built-in hooks merged over
 * their own definitions. A config that names pre-commit-hooks by URL gets the built-in versions of
 * the hooks precommit has, without a clone (the fast path).
 */
public final class ConfiguredHooks {
  /** pre-commit-hooks by any of the URLs people write for it. */
  private static final Pattern PRE_COMMIT_HOOKS =
      Pattern.compile("^(https?://|git@)github\\.com[/:]pre-commit/pre-commit-hooks(\\.git)?/?$");

  private ConfiguredHooks() {}

  /** Resolves every hook of {@code config}, in config order; remote repositories are an error. */
  public static List<Hook> resolve(
      Config config, Path root, BuiltinChecks builtins, MetaHooks meta, Output output) {
    return resolve(
        config,
        root,
        builtins,
        meta,
        output,
        repo -> {
          throw new FatalException(
              "remote hook repositories are not supported here: "
                  + repo.repo()
                  + " (use repo: local, meta or builtin)");
        });
  }

  /**
   * Resolves every hook of {@code config}, in config order, with {@code remote} turning a remote
   * repository into its hooks (a {@link HookResolver}: clone, manifest, overrides).
   */
  public static List<Hook> resolve(
      Config config,
      Path root,
      BuiltinChecks builtins,
      MetaHooks meta,
      Output output,
      Function<RepoConfig, List<Hook>> remote) {
    List<Hook> hooks = new ArrayList<>();
    for (RepoConfig repo : config.repos()) {
      hooks.addAll(resolveRepo(repo, config, root, builtins, meta, remote));
    }
    return hooks;
  }

  /** The hooks one repository of {@code config} contributes, as {@link #resolve} gives them. */
  public static List<Hook> resolveRepo(
      RepoConfig repo,
      Config config,
      Path root,
      BuiltinChecks builtins,
      MetaHooks meta,
      Function<RepoConfig, List<Hook>> remote) {
    // i14-lfph hookup (move into the per-hook registry): language-formatters' JVM hooks in-process.
    if (LanguageFormatters.runsInProcess(repo)) {
      return LanguageFormatters.resolve(repo, config, root);
    }
    if (runsRemotely(repo)) {
      return remote.apply(repo);
    }
    List<Hook> hooks = new ArrayList<>();
    for (Map<String, Object> entry : repo.hooks()) {
      String id = (String) entry.get("id");
      if (repo.isLocal()) {
        hooks.add(new Hook(repo.repo(), HookConfigs.fromLocal(entry, config), root));
      } else if (repo.isMeta()) {
        Check check = meta.find(id).orElseThrow(() -> notPresent(id, repo, List.of()));
        hooks.add(new Hook(repo.repo(), HookConfigs.merge(check.defaults(), entry, config), root));
      } else {
        Check check = builtins.find(id).orElseThrow(() -> notPresent(id, repo, builtins.ids()));
        hooks.add(new Hook(repo.repo(), builtin(check, entry, config), root));
      }
    }
    return hooks;
  }

  /** True for a repository whose hooks come from a clone (not local, meta, builtin, or ours). */
  public static boolean runsRemotely(RepoConfig repo) {
    return repo.isRemote()
        && !isPreCommitHooks(repo.repo())
        && !LanguageFormatters.runsInProcess(repo); // i14-lfph hookup
  }

  /**
   * The error for a hook id {@code repo} does not have, where {@code known} are the ids it has. For
   * {@code repo: builtin}, {@code precommit autoupdate} cannot help: the nearest id is suggested
   * instead ({@code Did you mean `trailing-whitespace`?}), or the ids are listed.
   */
  public static FatalException notPresent(String id, RepoConfig repo, Iterable<String> known) {
    List<String> ids = new ArrayList<>();
    known.forEach(ids::add);
    String nearest = NearestName.to(id, ids).map(n -> "Did you mean `" + n + "`?").orElse(null);
    String missing = "`" + id + "` is not present in repository " + repo.repo() + ".  ";
    if (nearest != null) {
      return new FatalException(missing + nearest);
    }
    if (repo.isBuiltin()) {
      return new FatalException(missing + "Expected one of " + String.join(", ", ids) + ".");
    }
    return new FatalException(
        missing
            + "Typo? Perhaps it is introduced in a newer version?  Often `precommit"
            + " autoupdate` fixes this.");
  }

  private static HookConfig builtin(Check check, Map<String, Object> entry, Config config) {
    HookConfig merged = HookConfigs.merge(check.defaults(), entry, config);
    if (merged.language().equals("builtin")) {
      return merged;
    }
    // A pre-commit-hooks entry may name its language (python); the built-in runs all the same.
    return HookConfigs.merge(merged, Map.of("language", "builtin"), config);
  }

  static boolean isPreCommitHooks(String url) {
    return PRE_COMMIT_HOOKS.matcher(url).matches();
  }
}
