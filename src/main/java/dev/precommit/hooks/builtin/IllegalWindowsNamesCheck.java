package dev.precommit.hooks.builtin;

import dev.precommit.config.Stage;
import dev.precommit.hooks.Check;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckInfo;
import dev.precommit.hooks.CheckResult;
import java.util.List;

/**
 * {@code check-illegal-windows-names}: names Windows cannot create (reserved device names such as
 * {@code CON} or {@code LPT1}, the characters {@code <>:"\|?*}, control characters, a trailing dot
 * or space) break checkouts there. The test is the hook's {@code files} pattern, so the engine's
 * file selection already did the work: every file that reaches the check is reported, as the {@code
 * fail} language that pre-commit-hooks uses for this hook does.
 */
public final class IllegalWindowsNamesCheck implements Check {
  /** pre-commit-hooks' pattern, character for character. */
  static final String PATTERN =
      "(?i)((^|/)(CON|PRN|AUX|NUL|COM[\\d\u00b9\u00b2\u00b3]|LPT[\\d\u00b9\u00b2\u00b3])(\\.|/|$)"
          + "|[<>:\\\"\\\\|?*\\x00-\\x1F]|/[^/]*[\\.\\s]/|[^/]*[\\.\\s]$)";

  private static final String ENTRY = "Illegal Windows filenames detected";

  private static final CheckInfo INFO =
      new CheckInfo(
          "check-illegal-windows-names",
          "check illegal windows names",
          "",
          PATTERN,
          "^$",
          List.of("file"),
          List.of(),
          List.of(),
          List.of(Stage.values()),
          true,
          false,
          false,
          false);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  /** A {@code language: fail} hook: pre-commit passes it every file at once, in order. */
  @Override
  public boolean viaXargs() {
    return false;
  }

  @Override
  public CheckResult run(CheckContext context, List<String> files, List<String> args) {
    return FailLanguageOutput.of(ENTRY, files);
  }
}
