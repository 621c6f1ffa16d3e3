package dev.precommit.lang;

import dev.precommit.config.HookConfig;
import dev.precommit.repo.Hook;
import java.nio.file.Path;
import java.util.List;

/** Hooks built directly, for language tests that need no config. */
final class Hooks {
  private Hooks() {}

  static Hook of(
      String repo,
      Path prefix,
      String language,
      String entry,
      List<String> args,
      List<String> deps) {
    HookConfig config =
        new HookConfig(
            "the-hook",
            "The Hook",
            entry,
            language,
            null,
            null,
            null,
            null,
            null,
            null,
            deps,
            args,
            false,
            false,
            true,
            null,
            null,
            null,
            false,
            null,
            false,
            null,
            null);
    return new Hook(repo, config, prefix);
  }
}
