package dev.precommit.hooks;

import java.util.List;
import java.util.Set;

/**
 * How a built-in check went.
 *
 * @param exitCode what the pre-commit-hooks script would have exited with
 * @param output what it would have printed
 * @param modifiedFiles the files it rewrote: the engine needs no {@code git diff} around built-ins
 * @param findings the problems by file and line, for reports; may be empty even when it failed
 */
public record CheckResult(
    int exitCode, byte[] output, Set<String> modifiedFiles, List<Finding> findings) {

  public CheckResult {
    modifiedFiles = Set.copyOf(modifiedFiles);
    findings = List.copyOf(findings);
  }

  /** A result without findings by place. */
  public CheckResult(int exitCode, byte[] output, Set<String> modifiedFiles) {
    this(exitCode, output, modifiedFiles, List.of());
  }
}
