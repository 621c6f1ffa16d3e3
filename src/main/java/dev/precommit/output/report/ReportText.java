package dev.precommit.output.report;

import java.util.regex.Pattern;

/**
 * Hook output made fit for reports: colour codes removed, and for XML the characters XML 1.0 cannot
 * hold at all replaced, so a hook that prints colours or binary never breaks a report.
 */
final class ReportText {
  private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-?]*[ -/]*[@-~]");

  private ReportText() {}

  /** {@code text} without ANSI CSI sequences (colours, cursor moves). */
  static String withoutAnsi(String text) {
    return text.indexOf('\u001B') < 0 ? text : ANSI.matcher(text).replaceAll("");
  }

  /** {@code text} with the code points XML 1.0 forbids replaced by U+FFFD. */
  static String forXml(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              boolean allowed =
                  c == '\t'
                      || c == '\n'
                      || c == '\r'
                      || (c >= 0x20 && c <= 0xD7FF)
                      || (c >= 0xE000 && c <= 0xFFFD)
                      || (c >= 0x10000 && c <= 0x10FFFF);
              out.appendCodePoint(allowed ? c : 0xFFFD);
            });
    return out.toString();
  }

  /** Python's {@code str.strip()} for ASCII whitespace, as the console strips hook output. */
  static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
  }
}
