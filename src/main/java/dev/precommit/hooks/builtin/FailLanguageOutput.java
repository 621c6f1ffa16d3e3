package dev.precommit.hooks.builtin;

import dev.precommit.hooks.CheckResult;
import dev.precommit.hooks.Finding;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * What pre-commit's {@code fail} language prints: the entry, a blank line, then every file on a
 * line of its own, with exit code 1. Hooks that pre-commit-hooks declares as {@code language: fail}
 * are built in with this output so nothing changes for their users.
 */
final class FailLanguageOutput {
  private FailLanguageOutput() {}

  static CheckResult of(String entry, List<String> files) {
    String text = entry + "\n\n" + String.join("\n", files) + "\n";
    List<Finding> findings = files.stream().map(f -> new Finding(f, 0, entry)).toList();
    return new CheckResult(1, text.getBytes(StandardCharsets.UTF_8), Set.of(), findings);
  }
}
