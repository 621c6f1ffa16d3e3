package dev.precommit.hooks.builtin;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code json} module, as far as the JSON hooks see it: the C scanner's grammar and error
 * messages ({@code Expecting value: line 1 column 1 (char 0)}, NaN and Infinity accepted, trailing
 * commas rejected as Python 3.13+ words it), arbitrary-precision integers with Python's 4300-digit
 * limit, and {@code json.dumps(obj, indent=…, ensure_ascii=…)} output byte for byte, floats in
 * {@code repr} form.
 *
 * <p>Values: {@code null}, {@link Boolean}, {@link BigInteger}, {@link Double}, {@link String},
 * {@link List}, and objects as whatever the {@link PairsHook} returns.
 */
final class PythonJson {
  private PythonJson() {}

  /** Python's {@code ValueError} raised while decoding; the message is {@code str(exc)}. */
  static final class DecodeError extends Exception {
    private static final long serialVersionUID = 1L;

    /** The 1-based line of the error, or 0 when it has none. */
    private final int line;

    DecodeError(String message) {
      this(message, 0);
    }

    DecodeError(String message, int line) {
      super(message);
      this.line = line;
    }

    int line() {
      return line;
    }
  }

  /** {@code object_pairs_hook}: builds an object from its key/value pairs, in document order. */
  @FunctionalInterface
  interface PairsHook {
    Object build(List<Map.Entry<String, Object>> pairs) throws DecodeError;
  }

  private static final int MAX_INT_DIGITS = 4300;

  /** {@code json.loads(bytes)}: detects UTF-8/16/32 as Python does, then decodes. */
  static Object loads(byte[] b, PairsHook hook) throws DecodeError {
    return decode(decodeBytes(b), hook);
  }

  /** {@code json.loads(str)}, {@code s} as code points. */
  static Object loads(int[] s, PairsHook hook) throws DecodeError {
    if (s.length > 0 && s[0] == 0xfeff) {
      throw error("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0);
    }
    return decode(s, hook);
  }

  private static int[] decodeBytes(byte[] b) throws DecodeError {
    try {
      if (startsWith(b, 0x00, 0x00, 0xfe, 0xff) || startsWith(b, 0xff, 0xfe, 0x00, 0x00)) {
        boolean le = (b[0] & 0xff) == 0xff;
        return utf32(b, 4, le, "utf-32");
      }
      if (startsWith(b, 0xfe, 0xff) || startsWith(b, 0xff, 0xfe)) {
        return utf16(b, 2, (b[0] & 0xff) == 0xff, "utf-16");
      }
      if (startsWith(b, 0xef, 0xbb, 0xbf)) {
        return PythonText.decodeUtf8(b, 3, true);
      }
      if (b.length >= 4) {
        if (b[0] == 0) {
          return b[1] != 0 ? utf16(b, 0, false, "utf-16-be") : utf32(b, 0, false, "utf-32-be");
        }
        if (b[1] == 0) {
          return b[2] != 0 || b[3] != 0
              ? utf16(b, 0, true, "utf-16-le")
              : utf32(b, 0, true, "utf-32-le");
        }
      } else if (b.length == 2) {
        if (b[0] == 0) {
          return utf16(b, 0, false, "utf-16-be");
        }
        if (b[1] == 0) {
          return utf16(b, 0, true, "utf-16-le");
        }
      }
      return PythonText.decodeUtf8(b, 0, true);
    } catch (PythonText.DecodeException e) {
      throw new DecodeError(e.getMessage());
    }
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int[] utf16(byte[] b, int from, boolean le, String codec)
      throws PythonText.DecodeException {
    int units = (b.length - from) / 2;
    int[] out = new int[units];
    int n = 0;
    for (int u = 0; u < units; u++) {
      int p = from + 2 * u;
      int c = le ? (b[p] & 0xff) | (b[p + 1] & 0xff) << 8 : (b[p] & 0xff) << 8 | (b[p + 1] & 0xff);
      if (Character.isHighSurrogate((char) c) && u + 1 < units) {
        int q = p + 2;
        int d =
            le ? (b[q] & 0xff) | (b[q + 1] & 0xff) << 8 : (b[q] & 0xff) << 8 | (b[q + 1] & 0xff);
        if (Character.isLowSurrogate((char) d)) {
          out[n++] = Character.toCodePoint((char) c, (char) d);
          u++;
          continue;
        }
      }
      out[n++] = c;
    }
    if ((b.length - from) % 2 != 0) {
      int pos = b.length - 1 - from;
      throw new PythonText.DecodeException(
          PythonText.codecError(codec, b, from, pos, pos + 1, "truncated data"));
    }
    return java.util.Arrays.copyOf(out, n);
  }

  private static int[] utf32(byte[] b, int from, boolean le, String codec)
      throws PythonText.DecodeException {
    int units = (b.length - from) / 4;
    int[] out = new int[units];
    for (int u = 0; u < units; u++) {
      int p = from + 4 * u;
      long c =
          le
              ? (b[p] & 0xffL)
                  | (b[p + 1] & 0xffL) << 8
                  | (b[p + 2] & 0xffL) << 16
                  | (b[p + 3] & 0xffL) << 24
              : (b[p] & 0xffL) << 24
                  | (b[p + 1] & 0xffL) << 16
                  | (b[p + 2] & 0xffL) << 8
                  | (b[p + 3] & 0xffL);
      if (c > 0x10ffff) {
        throw new PythonText.DecodeException(
            PythonText.codecError(
                codec, b, from, p - from, p - from + 4, "code point not in range(0x110000)"));
      }
      out[u] = (int) c;
    }
    if ((b.length - from) % 4 != 0) {
      int start = units * 4;
      throw new PythonText.DecodeException(
          PythonText.codecError(codec, b, from, start, b.length - from, "truncated data"));
    }
    return out;
  }

  private static DecodeError error(String message, int[] s, int pos) {
    int line = 1;
    int lastNewline = -1;
    for (int i = 0; i < pos && i < s.length; i++) {
      if (s[i] == '\n') {
        line++;
        lastNewline = i;
      }
    }
    int column = pos - lastNewline;
    return new DecodeError(
        message + ": line " + line + " column " + column + " (char " + pos + ")", line);
  }

  private static Object decode(int[] s, PairsHook hook) throws DecodeError {
    Scanner scanner = new Scanner(s, hook);
    int idx = scanner.skipWhitespace(0);
    Object value;
    try {
      value = scanner.scan(idx);
    } catch (StackOverflowError e) {
      throw new DecodeError("maximum recursion depth exceeded while decoding a JSON document");
    }
    int end = scanner.skipWhitespace(scanner.next);
    if (end != s.length) {
      throw error("Extra data", s, end);
    }
    return value;
  }

  /** The C scanner of CPython's {@code _json} module, code point for code point. */
  private static final class Scanner {
    private final int[] s;
    private final PairsHook hook;
    int next;

    Scanner(int[] s, PairsHook hook) {
      this.s = s;
      this.hook = hook;
    }

    int skipWhitespace(int i) {
      while (i < s.length && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) {
        i++;
      }
      return i;
    }

    private boolean matches(int idx, String word) {
      if (idx + word.length() > s.length) {
        return false;
      }
      for (int k = 0; k < word.length(); k++) {
        if (s[idx + k] != word.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    /** Scans one value at {@code idx}; sets {@link #next} past it. */
    Object scan(int idx) throws DecodeError {
      if (idx >= s.length) {
        throw error("Expecting value", s, idx);
      }
      int c = s[idx];
      switch (c) {
        case '"':
          return scanString(idx + 1);
        case '{':
          return scanObject(idx + 1);
        case '[':
          return scanArray(idx + 1);
        case 'n':
          if (matches(idx, "null")) {
            next = idx + 4;
            return null;
          }
          break;
        case 't':
          if (matches(idx, "true")) {
            next = idx + 4;
            return Boolean.TRUE;
          }
          break;
        case 'f':
          if (matches(idx, "false")) {
            next = idx + 5;
            return Boolean.FALSE;
          }
          break;
        case 'N':
          if (matches(idx, "NaN")) {
            next = idx + 3;
            return Double.NaN;
          }
          break;
        case 'I':
          if (matches(idx, "Infinity")) {
            next = idx + 8;
            return Double.POSITIVE_INFINITY;
          }
          break;
        case '-':
          if (matches(idx + 1, "Infinity")) {
            next = idx + 9;
            return Double.NEGATIVE_INFINITY;
          }
          break;
        default:
          break;
      }
      return scanNumber(idx);
    }

    private Object scanNumber(int start) throws DecodeError {
      int idx = start;
      int end = s.length - 1;
      if (s[idx] == '-') {
        idx++;
        if (idx > end) {
          throw error("Expecting value", s, start);
        }
      }
      if (s[idx] >= '1' && s[idx] <= '9') {
        idx++;
        while (idx <= end && s[idx] >= '0' && s[idx] <= '9') {
          idx++;
        }
      } else if (s[idx] == '0') {
        idx++;
      } else {
        throw error("Expecting value", s, start);
      }
      boolean isFloat = false;
      if (idx < end && s[idx] == '.' && s[idx + 1] >= '0' && s[idx + 1] <= '9') {
        isFloat = true;
        idx += 2;
        while (idx <= end && s[idx] >= '0' && s[idx] <= '9') {
          idx++;
        }
      }
      if (idx < end && (s[idx] == 'e' || s[idx] == 'E')) {
        int e = idx;
        idx++;
        if (idx < end && (s[idx] == '-' || s[idx] == '+')) {
          idx++;
        }
        while (idx <= end && s[idx] >= '0' && s[idx] <= '9') {
          idx++;
        }
        if (s[idx - 1] >= '0' && s[idx - 1] <= '9') {
          isFloat = true;
        } else {
          idx = e;
        }
      }
      StringBuilder text = new StringBuilder(idx - start);
      for (int i = start; i < idx; i++) {
        text.append((char) s[i]);
      }
      next = idx;
      if (isFloat) {
        return Double.parseDouble(text.toString());
      }
      int digits = text.charAt(0) == '-' ? text.length() - 1 : text.length();
      if (digits > MAX_INT_DIGITS) {
        throw new DecodeError(
            "Exceeds the limit ("
                + MAX_INT_DIGITS
                + " digits) for integer string conversion:"
                + " value has "
                + digits
                + " digits; use sys.set_int_max_str_digits() to increase"
                + " the limit");
      }
      return new BigInteger(text.toString());
    }

    private String scanString(int end) throws DecodeError {
      int begin = end - 1;
      int len = s.length;
      StringBuilder out = new StringBuilder();
      while (true) {
        int c = 0;
        int nxt;
        for (nxt = end; nxt < len; nxt++) {
          c = s[nxt];
          if (c == '"' || c == '\\') {
            break;
          }
          if (c <= 0x1f) {
            throw error("Invalid control character at", s, nxt);
          }
          out.appendCodePoint(c);
        }
        if (nxt >= len) {
          throw error("Unterminated string starting at", s, begin);
        }
        nxt++;
        if (c == '"') {
          next = nxt;
          return out.toString();
        }
        if (nxt == len) {
          throw error("Unterminated string starting at", s, begin);
        }
        c = s[nxt];
        if (c != 'u') {
          end = nxt + 1;
          switch (c) {
            case '"', '\\', '/' -> out.append((char) c);
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            default -> throw error("Invalid \\escape", s, end - 2);
          }
        } else {
          nxt++;
          end = nxt + 4;
          if (end >= len) {
            throw error("Invalid \\uXXXX escape", s, nxt - 1);
          }
          int u = hex4(nxt, end);
          if (u >= 0xd800 && u <= 0xdbff && end + 6 < len && s[end] == '\\' && s[end + 1] == 'u') {
            int u2 = hex4(end + 2, end + 6);
            if (u2 >= 0xdc00 && u2 <= 0xdfff) {
              u = Character.toCodePoint((char) u, (char) u2);
              end += 6;
            }
          }
          out.appendCodePoint(u);
        }
      }
    }

    private int hex4(int from, int end) throws DecodeError {
      int v = 0;
      for (int i = from; i < end; i++) {
        int d = Character.digit(s[i] < 128 ? s[i] : 'x', 16);
        if (d < 0) {
          throw error("Invalid \\uXXXX escape", s, end - 5);
        }
        v = v << 4 | d;
      }
      return v;
    }

    private Object scanObject(int idx) throws DecodeError {
      int end = s.length - 1;
      List<Map.Entry<String, Object>> pairs = new ArrayList<>();
      idx = skipWhitespace(idx);
      if (idx > end || s[idx] != '}') {
        while (true) {
          if (idx > end || s[idx] != '"') {
            throw error("Expecting property name enclosed in double quotes", s, idx);
          }
          String key = scanString(idx + 1);
          idx = skipWhitespace(next);
          if (idx > end || s[idx] != ':') {
            throw error("Expecting ':' delimiter", s, idx);
          }
          idx = skipWhitespace(idx + 1);
          Object value = scan(idx);
          pairs.add(new java.util.AbstractMap.SimpleImmutableEntry<>(key, value));
          idx = skipWhitespace(next);
          if (idx <= end && s[idx] == '}') {
            break;
          }
          if (idx > end || s[idx] != ',') {
            throw error("Expecting ',' delimiter", s, idx);
          }
          int comma = idx;
          idx = skipWhitespace(idx + 1);
          if (idx <= end && s[idx] == '}') {
            throw error("Illegal trailing comma before end of object", s, comma);
          }
        }
      }
      next = idx + 1;
      return hook.build(pairs);
    }

    private Object scanArray(int idx) throws DecodeError {
      int end = s.length - 1;
      List<Object> values = new ArrayList<>();
      idx = skipWhitespace(idx);
      if (idx > end || s[idx] != ']') {
        while (true) {
          values.add(scan(idx));
          idx = skipWhitespace(next);
          if (idx <= end && s[idx] == ']') {
            break;
          }
          if (idx > end || s[idx] != ',') {
            throw error("Expecting ',' delimiter", s, idx);
          }
          int comma = idx;
          idx = skipWhitespace(idx + 1);
          if (idx <= end && s[idx] == ']') {
            throw error("Illegal trailing comma before end of array", s, comma);
          }
        }
      }
      next = idx + 1;
      return values;
    }
  }

  // ---------------------------------------------------------------- encoding

  /** {@code json.dumps(value, indent=indent, ensure_ascii=ensureAscii)}; objects are maps. */
  static String dumps(Object value, String indent, boolean ensureAscii) {
    StringBuilder out = new StringBuilder();
    encode(value, indent, ensureAscii, 0, out);
    return out.toString();
  }

  private static void encode(Object v, String indent, boolean ascii, int level, StringBuilder out) {
    if (v == null) {
      out.append("null");
    } else if (v instanceof Boolean b) {
      out.append(b ? "true" : "false");
    } else if (v instanceof BigInteger i) {
      out.append(i.toString());
    } else if (v instanceof Double d) {
      out.append(floatString(d));
    } else if (v instanceof String str) {
      encodeString(str, ascii, out);
    } else if (v instanceof List<?> list) {
      if (list.isEmpty()) {
        out.append("[]");
        return;
      }
      String newline = "\n" + indent.repeat(level + 1);
      out.append('[').append(newline);
      boolean first = true;
      for (Object item : list) {
        if (!first) {
          out.append(',').append(newline);
        }
        first = false;
        encode(item, indent, ascii, level + 1, out);
      }
      out.append('\n').append(indent.repeat(level)).append(']');
    } else if (v instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append("{}");
        return;
      }
      String newline = "\n" + indent.repeat(level + 1);
      out.append('{').append(newline);
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          out.append(',').append(newline);
        }
        first = false;
        encodeString((String) e.getKey(), ascii, out);
        out.append(": ");
        encode(e.getValue(), indent, ascii, level + 1, out);
      }
      out.append('\n').append(indent.repeat(level)).append('}');
    } else {
      throw new IllegalArgumentException("not a JSON value: " + v.getClass());
    }
  }

  private static void encodeString(String s, boolean ascii, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || (ascii && c > '~')) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** How {@code json.dumps} writes a float: NaN, Infinity, or Python's {@code repr}. */
  static String floatString(double d) {
    if (Double.isNaN(d)) {
      return "NaN";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "Infinity" : "-Infinity";
    }
    return floatRepr(d);
  }

  /** Python's {@code repr(float)}: the shortest digits that round-trip, in Python's layout. */
  static String floatRepr(double d) {
    if (d == 0) {
      return (1 / d < 0) ? "-0.0" : "0.0";
    }
    BigDecimal exact = new BigDecimal(d);
    BigDecimal shortest = exact;
    for (int p = 1; p <= 17; p++) {
      BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      if (r.doubleValue() == d) {
        shortest = r;
        break;
      }
    }
    shortest = shortest.stripTrailingZeros();
    String digits = shortest.unscaledValue().abs().toString();
    int decpt = digits.length() - shortest.scale();
    String sign = d < 0 ? "-" : "";
    if (decpt <= -4 || decpt > 16) {
      int exp = decpt - 1;
      String mantissa = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
      String e = Math.abs(exp) < 10 ? "0" + Math.abs(exp) : Integer.toString(Math.abs(exp));
      return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + e;
    }
    if (decpt <= 0) {
      return sign + "0." + "0".repeat(-decpt) + digits;
    }
    if (decpt >= digits.length()) {
      return sign + digits + "0".repeat(decpt - digits.length()) + ".0";
    }
    return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
  }
}
