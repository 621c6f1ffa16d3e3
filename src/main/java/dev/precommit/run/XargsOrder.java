package dev.precommit.run;

import dev.precommit.process.Xargs;
import dev.precommit.repo.Hook;
import dev.precommit.select.FileOrder;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * How pre-commit's xargs hands a built-in's script its files: in which order, split into which
 * batches. Built-ins run in-process, but their output follows those invocations.
 *
 * @param environment the hooks' environment, which counts towards the command line's length
 * @param jobs processes a hook may run at once
 */
record XargsOrder(Map<String, String> environment, int jobs) {

  /** Files in the order pre-commit hands them to a hook: shuffled unless it runs serially. */
  static List<String> ordered(Hook hook, List<String> files) {
    return hook.config().requireSerial() ? files : FileOrder.shuffle(files);
  }

  /**
   * The batches pre-commit's xargs would split {@code files} (already ordered) into, the command
   * left out; fails as that xargs does on a file name too long for a command line.
   */
  List<List<String>> batches(Hook hook, List<String> files) throws IOException {
    int hookJobs = hook.config().requireSerial() ? 1 : jobs;
    long max = Xargs.maxLength(environment);
    return Xargs.partition(List.of(hook.id()), files, hookJobs, max).stream()
        .map(batch -> batch.subList(1, batch.size()))
        .toList();
  }
}
