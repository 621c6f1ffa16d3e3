package dev.precommit.hooks;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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

  /**
   * The results of several invocations (one per batch) as pre-commit combines them: outputs joined
   * in order, the exit code furthest from zero, every modified file and finding.
   */
  public static CheckResult concat(List<CheckResult> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    int exitCode = 0;
    Set<String> modified = new LinkedHashSet<>();
    List<Finding> findings = new ArrayList<>();
    for (CheckResult part : parts) {
      output.writeBytes(part.output());
      if (Math.abs(part.exitCode()) > Math.abs(exitCode)) {
        exitCode = part.exitCode();
      }
      modified.addAll(part.modifiedFiles());
      findings.addAll(part.findings());
    }
    return new CheckResult(exitCode, output.toByteArray(), modified, findings);
  }
}
