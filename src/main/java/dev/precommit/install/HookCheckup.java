package dev.precommit.install;

import dev.precommit.FatalException;
import dev.precommit.config.Config;
import dev.precommit.config.RepoConfig;
import dev.precommit.hooks.BuiltinChecks;
import dev.precommit.hooks.meta.MetaHooks;
import dev.precommit.lang.Languages;
import dev.precommit.lang.UnsupportedLanguage;
import dev.precommit.repo.ConfiguredHooks;
import dev.precommit.repo.Hook;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What would stop a valid config's hooks at commit time, found ahead of it (for {@code
 * validate-config} and {@code install --install-hooks}): hook ids a built-in repository does not
 * have, repositories that cannot be fetched or lack a hook, languages precommit has no runner for,
 * toolchains a language needs and the machine lacks. One line per problem, worded as the run words
 * it.
 *
 * @param hooks every hook that resolved, in config order
 * @param problems one line each, in config order
 */
public record HookCheckup(List<Hook> hooks, List<String> problems) {
  public HookCheckup {
    hooks = List.copyOf(hooks);
    problems = List.copyOf(problems);
  }

  /**
   * Resolves {@code config}'s hooks repository by repository, with {@code remote} giving a remote
   * repository's hooks, and collects the problems instead of stopping at the first; {@code env} is
   * the environment hooks would run with (its {@code PATH} is searched for toolchains).
   */
  public static HookCheckup of(
      Config config,
      Path root,
      Map<String, String> env,
      Languages languages,
      Function<RepoConfig, List<Hook>> remote) {
    BuiltinChecks builtins = BuiltinChecks.standard();
    MetaHooks meta = MetaHooks.standard();
    List<Hook> hooks = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (RepoConfig repo : config.repos()) {
      if (repo.isBuiltin()) {
        int before = problems.size();
        for (Map<String, Object> entry : repo.hooks()) {
          String id = String.valueOf(entry.get("id"));
          if (builtins.find(id).isEmpty()) {
            problems.add(ConfiguredHooks.notPresent(id, repo, builtins.ids()).getMessage());
          }
        }
        if (problems.size() > before) {
          continue;
        }
      }
      List<Hook> resolved;
      try {
        resolved = ConfiguredHooks.resolveRepo(repo, config, root, builtins, meta, remote);
      } catch (FatalException e) {
        problems.add(e.getMessage());
        continue;
      }
      for (Hook hook : resolved) {
        String language = hook.config().language();
        if (!language.isEmpty() && !languages.canRun(language)) {
          problems.add(UnsupportedLanguage.problem(language, hook.id()));
        } else {
          languages
              .find(language)
              .flatMap(l -> l.missingToolchain(hook, env))
              .ifPresent(problems::add);
        }
      }
      hooks.addAll(resolved);
    }
    return new HookCheckup(hooks, problems);
  }
}
