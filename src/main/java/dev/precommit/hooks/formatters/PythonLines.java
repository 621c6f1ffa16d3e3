package dev.precommit.hooks.formatters;

import java.util.ArrayList;
import java.util.List;

/** Python's {@code str.splitlines()}: every line boundary Python knows, no trailing empty line. */
final class PythonLines {
  private PythonLines() {}

  static List<String> split(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (isBoundary(c)) {
        lines.add(text.substring(start, i));
        i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
        start = i;
      } else {
        i++;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  private static boolean isBoundary(char c) {
    return switch (c) {
      case '\n',
          '\r',
          '\u000b',
          '\u000c',
          '\u001c',
          '\u001d',
          '\u001e',
          '\u0085',
          '\u2028',
          '\u2029' ->
          true;
      default -> false;
    };
  }
}
