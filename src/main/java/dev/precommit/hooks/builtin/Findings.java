package dev.precommit.hooks.builtin;

import dev.precommit.hooks.CheckResult;
import dev.precommit.hooks.Finding;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Results of checks whose whole output is one line per finding: the printed text and the findings
 * for reports come from the same list, so they cannot disagree.
 */
final class Findings {
  private Findings() {}

  /** Exit 1 and one line per finding, or exit 0 and nothing. */
  static CheckResult result(List<Finding> findings) {
    StringBuilder out = new StringBuilder();
    for (Finding finding : findings) {
      out.append(finding.message()).append('\n');
    }
    return new CheckResult(
        findings.isEmpty() ? 0 : 1,
        out.toString().getBytes(StandardCharsets.UTF_8),
        Set.of(),
        findings);
  }
}
