package dev.precommit.run;

import dev.precommit.hooks.Check;
import dev.precommit.hooks.CheckResult;
import dev.precommit.hooks.Finding;
import dev.precommit.process.ProcessResult;
import dev.precommit.repo.Hook;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs hooks one after another, each status line started before the hook runs, as pre-commit does.
 * Consecutive built-in content checks run in one fused pass when the first of them comes up, and
 * print one by one as their turn comes. External hooks are compared against a {@code git diff}
 * snapshot to see whether they changed files; built-ins say so themselves.
 */
final class SerialRun {
  private final HookKinds kinds;
  private final FusedRun fused;
  private final BuiltinRun builtin;
  private final ExternalRun external;
  private final DiffSnapshot diff;
  private final ResultPrinter printer;
  private final HookListener listener;

  SerialRun(
      HookKinds kinds,
      FusedRun fused,
      BuiltinRun builtin,
      ExternalRun external,
      DiffSnapshot diff,
      ResultPrinter printer,
      HookListener listener) {
    this.kinds = kinds;
    this.fused = fused;
    this.builtin = builtin;
    this.external = external;
    this.diff = diff;
    this.printer = printer;
    this.listener = listener;
  }

  /**
   * Runs {@code hooks}, each over its files in {@code filesOf}, adding their results to {@code
   * state}. Returns true when a fail-fast failure stopped the run. The diff snapshot stays known
   * afterwards: whoever runs something else that may change the working tree forgets it.
   */
  boolean run(List<Hook> hooks, List<List<String>> filesOf, RunState state) throws IOException {
    Map<Integer, FusedRun.Result> precomputed = new HashMap<>();
    for (int index = 0; index < hooks.size(); index++) {
      Hook hook = hooks.get(index);
      List<String> files = filesOf.get(index);
      if (!precomputed.containsKey(index) && kinds.fusable(hook, files, state.skips())) {
        precomputed.putAll(fused.run(hooks, filesOf, index, state.skips(), state.failFast(), true));
      }
      HookResult result;
      listener.starting(hook);
      if (state.skipped(hook)) {
        result = HookResult.notRun(hook, HookResult.Status.SKIPPED);
        printer.notRun(result, state.line());
      } else if (files.isEmpty() && !hook.config().alwaysRun()) {
        result = HookResult.notRun(hook, HookResult.Status.NO_FILES);
        printer.notRun(result, state.line());
      } else {
        printer.start(state.line(), hook);
        result = runOne(hook, files, precomputed.get(index));
        printer.status(result);
      }
      printer.details(result, state.verbose());
      listener.finished(result);
      state.results().add(result);
      if (result.failed() && state.stopsOnFailure(hook)) {
        return true;
      }
    }
    return false;
  }

  /** Runs one hook, or takes its result from the fused pass that already ran it. */
  private HookResult runOne(Hook hook, List<String> files, FusedRun.Result precomputed)
      throws IOException {
    List<String> passed = hook.config().passFilenames() ? files : List.of();
    long started = System.nanoTime();
    int exitCode;
    byte[] out;
    boolean modified;
    List<Finding> findings = List.of();
    Check check = kinds.builtin(hook);
    if (check != null) {
      // Built-ins always see their files: test runners and branch checks ignore or need them.
      passed = XargsOrder.ordered(hook, files);
      CheckResult checked =
          precomputed != null ? precomputed.result() : builtin.run(check, hook, files, passed);
      exitCode = checked.exitCode();
      out = checked.output();
      modified = !checked.modifiedFiles().isEmpty();
      findings = checked.findings();
      if (modified) {
        diff.forget();
      }
    } else {
      diff.takeIfUnknown();
      ProcessResult ran = external.run(hook, passed);
      exitCode = ran.exitCode();
      out = ran.output();
      modified = diff.changed();
    }
    double seconds =
        precomputed != null ? precomputed.seconds() : (System.nanoTime() - started) / 1e9;
    return HookResult.ran(hook, passed, exitCode, out, modified, seconds, findings);
  }
}
