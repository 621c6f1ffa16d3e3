package dev.precommit.lang;

import dev.precommit.output.Output;
import dev.precommit.repo.Hook;
import dev.precommit.repo.Store;
import dev.precommit.repo.StoreLock;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Makes sure every hook about to run has its environment, installing the missing ones under the
 * store lock with pre-commit's messages. Hooks sharing a clone, language, version and dependencies
 * share one environment and are installed once. Used by {@code install-hooks} and by the run before
 * the first hook starts.
 */
public final class EnvironmentSetup {
  private final Languages languages;

  public EnvironmentSetup(Languages languages) {
    this.languages = languages;
  }

  public void install(List<Hook> hooks, HookContext context, Output out) throws IOException {
    Set<List<Object>> seen = new HashSet<>();
    for (Hook hook : hooks) {
      Optional<Language> found = languages.find(hook.config().language());
      if (found.isEmpty() || !(found.get() instanceof EnvironmentLanguage language)) {
        continue;
      }
      List<Object> key =
          List.of(
              hook.prefix(),
              hook.repo(),
              hook.config().language(),
              hook.config().languageVersion(),
              hook.config().additionalDependencies());
      if (!seen.add(key)
          || language.isInstalled(hook, context)
          || language.missingToolchain(hook, context.environment()).isPresent()) {
        continue; // a hook whose toolchain is missing fails with that line when it runs
      }
      try (StoreLock lock = new Store(context.cacheDir()).lock(out::info)) {
        if (language.isInstalled(hook, context)) {
          continue;
        }
        out.info("Installing environment for " + hook.repo() + ".");
        out.info("Once installed this environment will be reused.");
        out.info("This may take a few minutes...");
        language.install(hook, context);
      }
    }
  }
}
