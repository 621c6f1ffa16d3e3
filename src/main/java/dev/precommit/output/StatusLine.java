package dev.precommit.output;

import java.util.Collection;

/**
 * pre-commit's fixed-width status lines: {@code name.....Passed}. Widths count East Asian wide and
 * full-width characters as two columns, as pre-commit does.
 */
public final class StatusLine {
  public static final String PASSED = "Passed";
  public static final String FAILED = "Failed";
  public static final String SKIPPED = "Skipped";
  public static final String NO_FILES = "(no files to check)";

  private final int cols;

  public StatusLine(int cols) {
    this.cols = cols;
  }

  /** The width pre-commit uses for a set of hook names: room for the longest skipped line. */
  public static StatusLine forNames(Collection<String> names) {
    int nameWidth = names.stream().mapToInt(StatusLine::width).max().orElse(0);
    return new StatusLine(Math.max(80, nameWidth + 3 + NO_FILES.length() + 1 + SKIPPED.length()));
  }

  public int cols() {
    return cols;
  }

  /** The name and its dots, leaving room for a six-letter status to follow. */
  public String start(String name) {
    return name + ".".repeat(Math.max(0, cols - width(name) - 6 - 1));
  }

  /** A whole line: name, dots, postfix, coloured status, newline. */
  public String full(String name, String postfix, String status, Color color, boolean useColor) {
    int dots = cols - width(name) - postfix.length() - status.length() - 1;
    return name + ".".repeat(Math.max(0, dots)) + postfix + color.apply(status, useColor) + "\n";
  }

  /** Display width: two columns for East Asian wide (W) and full-width (F) characters. */
  public static int width(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return width;
  }

  /** Ranges (first, last) of East Asian wide and full-width characters, from Unicode 14. */
  private static final int[] WIDE = {
    0x1100, 0x115F,
    0x231A, 0x231B,
    0x2329, 0x232A,
    0x23E9, 0x23EC,
    0x23F0, 0x23F0,
    0x23F3, 0x23F3,
    0x25FD, 0x25FE,
    0x2614, 0x2615,
    0x2648, 0x2653,
    0x267F, 0x267F,
    0x2693, 0x2693,
    0x26A1, 0x26A1,
    0x26AA, 0x26AB,
    0x26BD, 0x26BE,
    0x26C4, 0x26C5,
    0x26CE, 0x26CE,
    0x26D4, 0x26D4,
    0x26EA, 0x26EA,
    0x26F2, 0x26F3,
    0x26F5, 0x26F5,
    0x26FA, 0x26FA,
    0x26FD, 0x26FD,
    0x2705, 0x2705,
    0x270A, 0x270B,
    0x2728, 0x2728,
    0x274C, 0x274C,
    0x274E, 0x274E,
    0x2753, 0x2755,
    0x2757, 0x2757,
    0x2795, 0x2797,
    0x27B0, 0x27B0,
    0x27BF, 0x27BF,
    0x2B1B, 0x2B1C,
    0x2B50, 0x2B50,
    0x2B55, 0x2B55,
    0x2E80, 0x303E,
    0x3041, 0x3247,
    0x3250, 0x4DBF,
    0x4E00, 0xA4CF,
    0xA960, 0xA97F,
    0xAC00, 0xD7AF,
    0xF900, 0xFAFF,
    0xFE10, 0xFE1F,
    0xFE30, 0xFE6F,
    0xFF01, 0xFF60,
    0xFFE0, 0xFFE7,
    0x16FE0, 0x1BBFF,
    0x1F004, 0x1F004,
    0x1F0CF, 0x1F0D0,
    0x1F18E, 0x1F18E,
    0x1F191, 0x1F19A,
    0x1F200, 0x1F320,
    0x1F32D, 0x1F335,
    0x1F337, 0x1F37C,
    0x1F37E, 0x1F393,
    0x1F3A0, 0x1F3CA,
    0x1F3CF, 0x1F3D3,
    0x1F3E0, 0x1F3F0,
    0x1F3F4, 0x1F3F4,
    0x1F3F8, 0x1F43E,
    0x1F440, 0x1F440,
    0x1F442, 0x1F4FC,
    0x1F4FF, 0x1F53D,
    0x1F54B, 0x1F54E,
    0x1F550, 0x1F567,
    0x1F57A, 0x1F57A,
    0x1F595, 0x1F596,
    0x1F5A4, 0x1F5A4,
    0x1F5FB, 0x1F64F,
    0x1F680, 0x1F6C5,
    0x1F6CC, 0x1F6CC,
    0x1F6D0, 0x1F6D2,
    0x1F6D5, 0x1F6DF,
    0x1F6EB, 0x1F6EF,
    0x1F6F4, 0x1F6FF,
    0x1F7E0, 0x1F7FF,
    0x1F90C, 0x1F93A,
    0x1F93C, 0x1F945,
    0x1F947, 0x1F9FF,
    0x1FA70, 0x1FAFF,
    0x20000, 0x3FFFF,
  };

  private static boolean isWide(int cp) {
    int low = 0;
    int high = WIDE.length / 2 - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (cp < WIDE[2 * mid]) {
        high = mid - 1;
      } else if (cp > WIDE[2 * mid + 1]) {
        low = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }
}
