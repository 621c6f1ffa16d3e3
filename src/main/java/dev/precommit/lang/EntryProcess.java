package dev.precommit.lang;

import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import dev.precommit.repo.Hook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a hook's {@code entry} + {@code args} + files as one process in the work tree, with the
 * command looked up on the environment's {@code PATH}. A command that cannot be found is the
 * hook's failure (pre-commit's {@code Executable `x` not found}), not a crash.
 *
 * <p>One process for all files: partitioning over {@code ARG_MAX} and cores belongs to the
 * engine's xargs, which can call this once per batch.
 */
final class EntryProcess {
  private EntryProcess() {}

  static ProcessResult run(Hook hook, List<String> files, HookContext context, Map<String, String> env)
      throws IOException {
    List<String> words;
    try {
      words = ShellWords.split(hook.config().entry());
    } catch (IllegalArgumentException e) {
      return failure(e.getMessage());
    }
    if (words.isEmpty()) {
      return failure("hook `" + hook.id() + "` has an empty entry");
    }
    Optional<Path> executable = Executables.find(words.get(0), env);
    if (executable.isEmpty()) {
      return failure("Executable `" + words.get(0) + "` not found");
    }
    List<String> command = new ArrayList<>();
    command.add(executable.get().toString());
    command.addAll(words.subList(1, words.size()));
    command.addAll(hook.config().args());
    command.addAll(files);
    return ProcessRunner.merged(env).run(command, context.root());
  }

  static ProcessResult failure(String message) {
    return new ProcessResult(1, (message + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
