package dev.precommit.lang;

import dev.precommit.process.ProcessResult;
import dev.precommit.repo.Hook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Runs a hook's {@code entry} + {@code args} + files in the work tree like a {@code system} hook
 * (batches, shebangs, {@code Executable `x` not found}), but with its environment's variables:
 * {@code PATH} starting with the environment's {@code bin}, and what else the language sets.
 */
final class EntryProcess {
  private EntryProcess() {}

  static ProcessResult run(
      Hook hook, List<String> files, HookContext context, Map<String, String> env)
      throws IOException {
    HookContext inEnvironment =
        new HookContext(context.root(), env, context.jobs(), context.color(), context.cacheDir());
    return SystemLanguage.runCommand(CommandLine.of(hook), hook, files, inEnvironment);
  }

  /** A result that is the hook's failure with one line of explanation. */
  static ProcessResult failure(String message) {
    return new ProcessResult(1, (message + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
