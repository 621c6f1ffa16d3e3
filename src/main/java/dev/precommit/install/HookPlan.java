package dev.precommit.install;

import dev.precommit.run.RunOptions;

/**
 * What the engine does for one git hook call, once the legacy hook ran and the arguments were
 * checked: run the hooks, or finish with an exit code and nothing to run.
 */
public sealed interface HookPlan {

  /** Run the hooks with {@code options}; the process exits with {@code legacyExitCode | result}. */
  record Run(int legacyExitCode, RunOptions options) implements HookPlan {}

  /** Nothing to run (no config, nothing pushed, bad arguments): exit with {@code exitCode}. */
  record Done(int exitCode) implements HookPlan {}
}
