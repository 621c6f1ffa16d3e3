package dev.precommit.hooks;

/**
 * The 1-based line a place in a file is on, lines ending at {@code \n} as the reports count them,
 * so a finding can point at the line a check knows.
 */
public final class LineNumbers {
  private LineNumbers() {}

  /** The line of byte {@code offset} in {@code content}. */
  public static int ofByte(byte[] content, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < content.length; i++) {
      if (content[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The line of char {@code offset} in {@code text}. */
  public static int ofChar(CharSequence text, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The line of {@code before} on which {@code after} first differs from it. */
  public static int firstChange(byte[] before, byte[] after) {
    int n = Math.min(before.length, after.length);
    int i = 0;
    while (i < n && before[i] == after[i]) {
      i++;
    }
    return ofByte(before, i);
  }

  /** As {@link #firstChange(byte[], byte[])} for texts. */
  public static int firstChange(CharSequence before, CharSequence after) {
    int n = Math.min(before.length(), after.length());
    int i = 0;
    while (i < n && before.charAt(i) == after.charAt(i)) {
      i++;
    }
    return ofChar(before, i);
  }
}
