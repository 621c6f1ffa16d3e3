package dev.precommit.hooks;

import java.util.Set;

/**
 * How a built-in check went.
 *
 * @param exitCode what the pre-commit-hooks script would have exited with
 * @param output what it would have printed
 * @param modifiedFiles the files it rewrote: the engine needs no {@code git diff} around built-ins
 */
public record CheckResult(int exitCode, byte[] output, Set<String> modifiedFiles) {

  public CheckResult {
    modifiedFiles = Set.copyOf(modifiedFiles);
  }
}
