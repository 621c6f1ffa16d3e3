package dev.precommit.run;

import dev.precommit.hooks.BuiltinChecks;
import dev.precommit.hooks.Check;
import dev.precommit.hooks.meta.MetaHooks;
import dev.precommit.repo.Hook;
import dev.precommit.repo.InProcessRepos;
import java.util.function.Function;

/**
 * The check that runs a hook of language {@code builtin} in the engine's JVM: the in-process
 * repository's that made it (pre-commit-hooks, the JVM formatters), a meta hook's, or a local
 * built-in's; {@code null} for any other hook, which runs as a process.
 */
record InProcessChecks(InProcessRepos repos, MetaHooks meta, BuiltinChecks builtins)
    implements Function<Hook, Check> {

  static InProcessChecks of(BuiltinChecks builtins, MetaHooks meta) {
    return new InProcessChecks(InProcessRepos.standard(builtins), meta, builtins);
  }

  @Override
  public Check apply(Hook hook) {
    if (!"builtin".equals(hook.config().language())) {
      return null;
    }
    return repos
        .check(hook)
        .or(() -> hook.repo().equals("meta") ? meta.find(hook.id()) : builtins.find(hook.id()))
        .orElse(null);
  }
}
