package dev.precommit.repo;

import dev.precommit.FatalException;
import dev.precommit.config.Config;
import dev.precommit.config.HookConfig;
import dev.precommit.config.HookConfigs;
import dev.precommit.config.NearestName;
import dev.precommit.config.RepoConfig;
import dev.precommit.hooks.BuiltinChecks;
import dev.precommit.hooks.Check;
import dev.precommit.hooks.meta.MetaHooks;
import dev.precommit.output.Output;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every hook a config names, resolved: local hooks as written, meta and built-in hooks merged over
 * their own definitions. A config that names a repository of {@link InProcessRepos} (such as
 * pre-commit-hooks) by URL gets, hook by hook, the in-process check of each id whose check answers
 * as that rev does, without a clone (the fast path); its other ids come from a clone at the rev.
 */
public final class ConfiguredHooks {

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
    if (repo.isRemote()) {
      Optional<InProcessRepo> fast = InProcessRepos.standard(builtins).forUrl(repo.repo());
      return fast.isPresent()
          ? resolveHookByHook(repo, fast.get(), config, root, remote)
          : remote.apply(repo);
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

  /**
   * The hooks of {@code repo}, an in-process repository's entry: in-process checks where they
   * answer for the rev, and the rest from {@code remote} (a clone), only asked when there is a
   * rest.
   */
  private static List<Hook> resolveHookByHook(
      RepoConfig repo,
      InProcessRepo fast,
      Config config,
      Path root,
      Function<RepoConfig, List<Hook>> remote) {
    List<Hook> hooks = new ArrayList<>();
    List<Map<String, Object>> cloned = new ArrayList<>();
    for (Map<String, Object> entry : repo.hooks()) {
      Optional<HookConfig> inProcess =
          repo.rev() == null ? Optional.empty() : fast.hook(repo.rev(), entry, config);
      if (inProcess.isPresent()) {
        hooks.add(new Hook(repo.repo(), inProcess.get(), root));
      } else {
        hooks.add(null);
        cloned.add(entry);
      }
    }
    if (cloned.isEmpty()) {
      return hooks;
    }
    Iterator<Hook> fromClone =
        remote.apply(new RepoConfig(repo.repo(), repo.rev(), cloned)).iterator();
    for (int i = 0; i < hooks.size(); i++) {
      if (hooks.get(i) == null) {
        hooks.set(i, fromClone.next());
      }
    }
    return hooks;
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

  /**
   * A built-in check's hook for {@code entry}: its defaults, the entry's keys, language builtin.
   */
  static HookConfig builtin(Check check, Map<String, Object> entry, Config config) {
    HookConfig merged = HookConfigs.merge(check.defaults(), entry, config);
    if (merged.language().equals("builtin")) {
      return merged;
    }
    // A pre-commit-hooks entry may name its language (python); the built-in runs all the same.
    return HookConfigs.merge(merged, Map.of("language", "builtin"), config);
  }
}
