package dev.precommit.run;

import dev.precommit.FatalException;
import dev.precommit.lang.HookContext;
import dev.precommit.lang.Language;
import dev.precommit.lang.Languages;
import dev.precommit.process.ProcessResult;
import dev.precommit.repo.Hook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Runs one external hook through its {@link Language}, which splits it into xargs batches; a hook
 * whose toolchain is missing fails with its language's one line instead.
 */
final class ExternalRun {
  private final Languages languages;
  private final HookContext hookContext;

  ExternalRun(Languages languages, HookContext hookContext) {
    this.languages = languages;
    this.hookContext = hookContext;
  }

  /** Runs {@code hook} with {@code passed}, the file names it is given. */
  ProcessResult run(Hook hook, List<String> passed) throws IOException {
    Language language = language(hook);
    Optional<String> missing = language.missingToolchain(hook, hookContext.environment());
    if (missing.isPresent()) {
      return new ProcessResult(1, (missing.get() + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return language.run(hook, passed, hookContext);
  }

  private Language language(Hook hook) {
    return languages
        .find(hook.config().language())
        .orElseThrow(
            () ->
                new FatalException(
                    "hook `"
                        + hook.id()
                        + "` uses language `"
                        + hook.config().language()
                        + "`, which precommit does not know"));
  }
}
