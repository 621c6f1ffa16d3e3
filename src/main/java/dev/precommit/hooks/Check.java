package dev.precommit.hooks;

import dev.precommit.config.HookConfig;
import java.io.IOException;
import java.util.List;

/** A hook that runs inside the engine's JVM, with no process of its own. */
public interface Check {

  /** Its id, name and default filters. */
  CheckInfo info();

  /**
   * The hook a config entry overrides: {@link CheckInfo#toHookConfig()} unless a check needs more.
   */
  default HookConfig defaults() {
    return info().toHookConfig();
  }

  /**
   * Runs over {@code files} (repository-relative, already filtered) with the hook's {@code args}.
   * Bad arguments give exit code 2 and a usage line, as the Python script's argparse would.
   */
  CheckResult run(CheckContext context, List<String> files, List<String> args) throws IOException;

  /**
   * True when pre-commit runs the hook through its xargs: files shuffled (unless {@code
   * require_serial}) and split into batches. False for a hook pre-commit runs once with every file
   * in order, as it runs {@code language: fail} hooks.
   */
  default boolean viaXargs() {
    return true;
  }

  /**
   * Runs as pre-commit runs the Python script over {@code batches}, the xargs partitions of its
   * files: one invocation per batch, outputs joined in batch order ({@link CheckResult#concat}). By
   * default the check runs once over all the files, which prints the same when its output does not
   * depend on how the files are split (a message per file, in file order) or when pre-commit does
   * not split them (fail-language hooks); a check that sorts or prints a block per invocation
   * overrides this.
   */
  default CheckResult runBatches(
      CheckContext context, List<List<String>> batches, List<String> args) throws IOException {
    return run(context, batches.stream().flatMap(List::stream).toList(), args);
  }
}
