package dev.precommit.hooks.builtin;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Python's text rules where the checks depend on them: strict UTF-8 decoding with CPython's error
 * messages, universal-newline reading, {@code str.isspace}, {@code str.splitlines}, and code point
 * order for sorting.
 */
final class PythonText {
  private PythonText() {}

  /** A {@code UnicodeDecodeError}, with CPython's message. */
  static final class DecodeException extends Exception {
    private static final long serialVersionUID = 1L;

    DecodeException(String message) {
      super(message);
    }
  }

  /** Decodes UTF-8 to code points as CPython's strict decoder would, or fails with its message. */
  static int[] decodeUtf8(byte[] b, int from, boolean surrogatePass) throws DecodeException {
    int[] out = new int[b.length - from];
    int n = 0;
    int s = from;
    int end = b.length;
    while (s < end) {
      int ch = b[s] & 0xff;
      if (ch < 0x80) {
        out[n++] = ch;
        s++;
        continue;
      }
      int error; // 0 = end of data, 1 = invalid start, k+1 = invalid continuation at k
      decode:
      {
        if (ch < 0xE0) {
          if (ch < 0xC2) {
            error = 1;
            break decode;
          }
          if (end - s < 2) {
            error = 0;
            break decode;
          }
          int c2 = b[s + 1] & 0xff;
          if (!cont(c2)) {
            error = 2;
            break decode;
          }
          out[n++] = ((ch & 0x1f) << 6) | (c2 & 0x3f);
          s += 2;
          continue;
        }
        if (ch < 0xF0) {
          if (end - s < 3) {
            if (end - s < 2) {
              error = 0;
              break decode;
            }
            int c2 = b[s + 1] & 0xff;
            if (!cont(c2) || (c2 < 0xA0 ? ch == 0xE0 : ch == 0xED)) {
              error = 2;
              break decode;
            }
            error = 0;
            break decode;
          }
          int c2 = b[s + 1] & 0xff;
          int c3 = b[s + 2] & 0xff;
          if (!cont(c2) || (ch == 0xE0 && c2 < 0xA0)) {
            error = 2;
            break decode;
          }
          if (ch == 0xED && c2 >= 0xA0) {
            if (surrogatePass && cont(c3)) {
              out[n++] = ((ch & 0x0f) << 12) | ((c2 & 0x3f) << 6) | (c3 & 0x3f);
              s += 3;
              continue;
            }
            error = 2;
            break decode;
          }
          if (!cont(c3)) {
            error = 3;
            break decode;
          }
          out[n++] = ((ch & 0x0f) << 12) | ((c2 & 0x3f) << 6) | (c3 & 0x3f);
          s += 3;
          continue;
        }
        if (ch < 0xF5) {
          if (end - s < 4) {
            if (end - s < 2) {
              error = 0;
              break decode;
            }
            int c2 = b[s + 1] & 0xff;
            if (!cont(c2) || (c2 < 0x90 ? ch == 0xF0 : ch == 0xF4)) {
              error = 2;
              break decode;
            }
            if (end - s < 3) {
              error = 0;
              break decode;
            }
            error = cont(b[s + 2] & 0xff) ? 0 : 3;
            break decode;
          }
          int c2 = b[s + 1] & 0xff;
          int c3 = b[s + 2] & 0xff;
          int c4 = b[s + 3] & 0xff;
          if (!cont(c2) || (ch == 0xF0 && c2 < 0x90) || (ch == 0xF4 && c2 >= 0x90)) {
            error = 2;
            break decode;
          }
          if (!cont(c3)) {
            error = 3;
            break decode;
          }
          if (!cont(c4)) {
            error = 4;
            break decode;
          }
          out[n++] = ((ch & 0x07) << 18) | ((c2 & 0x3f) << 12) | ((c3 & 0x3f) << 6) | (c4 & 0x3f);
          s += 4;
          continue;
        }
        error = 1;
      }
      int start = s - from;
      int stop;
      String reason;
      if (error == 0) {
        reason = "unexpected end of data";
        stop = end - from;
      } else if (error == 1) {
        reason = "invalid start byte";
        stop = start + 1;
      } else {
        reason = "invalid continuation byte";
        stop = start + error - 1;
      }
      throw new DecodeException(codecError("utf-8", b, from, start, stop, reason));
    }
    return Arrays.copyOf(out, n);
  }

  private static boolean cont(int c) {
    return c >= 0x80 && c < 0xC0;
  }

  static String codecError(String codec, byte[] b, int from, int start, int stop, String reason) {
    if (stop - start == 1) {
      return String.format(
          "'%s' codec can't decode byte 0x%02x in position %d: %s",
          codec, b[from + start] & 0xff, start, reason);
    }
    return String.format(
        "'%s' codec can't decode bytes in position %d-%d: %s", codec, start, stop - 1, reason);
  }

  /** Strict UTF-8 to a Java string. */
  static String decodeUtf8(byte[] b) throws DecodeException {
    return fromCodePoints(decodeUtf8(b, 0, false));
  }

  static String fromCodePoints(int[] cps) {
    StringBuilder sb = new StringBuilder(cps.length);
    for (int cp : cps) {
      sb.appendCodePoint(cp);
    }
    return sb.toString();
  }

  /**
   * What Python's text mode reads: strict UTF-8 with {@code \r\n} and {@code \r} made {@code \n}.
   */
  static String readText(byte[] b) throws DecodeException {
    return universalNewlines(decodeUtf8(b));
  }

  static String universalNewlines(String s) {
    if (s.indexOf('\r') < 0) {
      return s;
    }
    return s.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** Python's {@code str.isspace()} for one code point. */
  static boolean isSpace(int c) {
    return (c >= 0x09 && c <= 0x0d)
        || (c >= 0x1c && c <= 0x20)
        || c == 0x85
        || c == 0xa0
        || c == 0x1680
        || (c >= 0x2000 && c <= 0x200a)
        || c == 0x2028
        || c == 0x2029
        || c == 0x202f
        || c == 0x205f
        || c == 0x3000;
  }

  /** Python's {@code str.rstrip()}. */
  static String rstrip(String s) {
    int end = s.length();
    while (end > 0) {
      int cp = s.codePointBefore(end);
      if (!isSpace(cp)) {
        break;
      }
      end -= Character.charCount(cp);
    }
    return s.substring(0, end);
  }

  /** Python's {@code str.splitlines(keepends)}. */
  static List<String> splitLines(String s, boolean keepEnds) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      boolean br =
          c == '\n'
              || c == '\r'
              || c == 0x0b
              || c == 0x0c
              || c == 0x1c
              || c == 0x1d
              || c == 0x1e
              || c == 0x85
              || c == 0x2028
              || c == 0x2029;
      if (!br) {
        i++;
        continue;
      }
      int eol = i + 1;
      if (c == '\r' && eol < n && s.charAt(eol) == '\n') {
        eol++;
      }
      lines.add(s.substring(start, keepEnds ? eol : i));
      start = eol;
      i = eol;
    }
    if (start < n) {
      lines.add(s.substring(start));
    }
    return lines;
  }

  /** Python's {@code bytes.readlines()}: split after each {@code \n}. */
  static List<byte[]> byteLines(byte[] b) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < b.length; i++) {
      if (b[i] == '\n') {
        lines.add(Arrays.copyOfRange(b, start, i + 1));
        start = i + 1;
      }
    }
    if (start < b.length) {
      lines.add(Arrays.copyOfRange(b, start, b.length));
    }
    return lines;
  }

  /** Python's {@code bytes.isspace()} for one byte. */
  static boolean isByteSpace(byte c) {
    return c == ' ' || (c >= 0x09 && c <= 0x0d);
  }

  /** Python's {@code bytes.strip()} is empty. */
  static boolean isBlank(byte[] line) {
    for (byte c : line) {
      if (!isByteSpace(c)) {
        return false;
      }
    }
    return true;
  }

  static byte[] join(List<byte[]> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /** Orders strings by code point, as Python compares {@code str}. */
  static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /** Text-mode {@code readlines()} after newline translation: split after each {@code \n}. */
  static List<String> splitLinesOnNewline(String s) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int nl;
    while ((nl = s.indexOf('\n', start)) >= 0) {
      lines.add(s.substring(start, nl + 1));
      start = nl + 1;
    }
    if (start < s.length()) {
      lines.add(s.substring(start));
    }
    return lines;
  }
}
