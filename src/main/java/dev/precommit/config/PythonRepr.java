package dev.precommit.config;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Renders YAML values the way pre-commit's messages show them: Python's {@code repr()} and type
 * names ({@code 'x'}, {@code True}, {@code int}), so error texts match byte for byte.
 */
public final class PythonRepr {
  private PythonRepr() {}

  /** The Python type name of a value SnakeYAML's safe constructor produced. */
  static String typeName(Object value) {
    if (value == null) {
      return "NoneType";
    } else if (value instanceof Boolean) {
      return "bool";
    } else if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
      return "int";
    } else if (value instanceof Double || value instanceof Float) {
      return "float";
    } else if (value instanceof String) {
      return "str";
    } else if (value instanceof List) {
      return "list";
    } else if (value instanceof Map) {
      return "dict";
    } else if (value instanceof Set) {
      return "set";
    } else if (value instanceof byte[]) {
      return "bytes";
    } else if (value instanceof YamlValues.Timestamp t) {
      return t.isDate() ? "date" : "datetime";
    }
    return value.getClass().getSimpleName();
  }

  /** Python's {@code repr()} of a YAML value. */
  static String repr(Object value) {
    if (value == null) {
      return "None";
    } else if (value instanceof Boolean b) {
      return b ? "True" : "False";
    } else if (value instanceof String s) {
      return string(s);
    } else if (value instanceof List<?> list) {
      StringJoiner joined = new StringJoiner(", ", "[", "]");
      list.forEach(v -> joined.add(repr(v)));
      return joined.toString();
    } else if (value instanceof Map<?, ?> map) {
      StringJoiner joined = new StringJoiner(", ", "{", "}");
      map.forEach((k, v) -> joined.add(repr(k) + ": " + repr(v)));
      return joined.toString();
    }
    return String.valueOf(value);
  }

  /**
   * Python's {@code repr()} of a string, for messages that quote a value, pattern or name: single
   * quotes unless only double quotes avoid escapes.
   */
  public static String string(String s) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
    s.codePoints()
        .forEach(
            c -> {
              if (c == quote || c == '\\') {
                out.append('\\').appendCodePoint(c);
              } else if (c == '\n') {
                out.append("\\n");
              } else if (c == '\r') {
                out.append("\\r");
              } else if (c == '\t') {
                out.append("\\t");
              } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\x%02x", c));
              } else if (c > 0x7f && !isPrintable(c)) {
                out.append(
                    c <= 0xff
                        ? String.format("\\x%02x", c)
                        : c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.append(quote).toString();
  }

  private static boolean isPrintable(int c) {
    return switch (Character.getType(c)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.UNASSIGNED,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR ->
          false;
      default -> true;
    };
  }
}
