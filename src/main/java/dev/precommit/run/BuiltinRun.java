package dev.precommit.run;

import dev.precommit.hooks.Check;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckResult;
import dev.precommit.process.RunningHooks;
import dev.precommit.repo.Hook;
import java.io.IOException;
import java.util.List;

/** Runs one built-in check that is not part of a fused pass, in-process. */
final class BuiltinRun {
  private final CheckContext checkContext;
  private final XargsOrder xargs;

  BuiltinRun(CheckContext checkContext, XargsOrder xargs) {
    this.checkContext = checkContext;
    this.xargs = xargs;
  }

  /**
   * Runs {@code check} over its {@code files} ({@code ordered}: as pre-commit's xargs orders them),
   * split as that xargs would split them for the script, so that its output follows those
   * invocations. A hook that takes no file names, or that pre-commit runs without xargs, is one
   * invocation. An interrupt lets it finish (see {@link RunningHooks#inProcess}).
   */
  CheckResult run(Check check, Hook hook, List<String> files, List<String> ordered)
      throws IOException {
    return RunningHooks.current().inProcess(() -> runBatches(check, hook, files, ordered));
  }

  private CheckResult runBatches(Check check, Hook hook, List<String> files, List<String> ordered)
      throws IOException {
    List<List<String>> batches;
    if (!check.viaXargs()) {
      batches = List.of(files);
    } else if (!hook.config().passFilenames()) {
      batches = List.of(ordered);
    } else {
      batches = xargs.batches(hook, ordered);
    }
    return check.runBatches(checkContext, batches, hook.config().args());
  }
}
