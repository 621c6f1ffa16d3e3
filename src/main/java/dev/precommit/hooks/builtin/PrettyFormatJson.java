package dev.precommit.hooks.builtin;

import dev.precommit.hooks.ArgumentParser;
import dev.precommit.hooks.CheckAbortedException;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckInfo;
import dev.precommit.hooks.ContentCheck;
import dev.precommit.hooks.FileCheck;
import dev.precommit.hooks.FileVerdict;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code pretty-format-json}: the file must equal Python's {@code json.dumps(json.loads(text),
 * indent=…, ensure_ascii=…)} plus a newline, keys sorted (unless {@code --no-sort-keys}) after the
 * {@code --top-keys}. Without {@code --autofix} it prints difflib's unified diff. A file that is
 * not valid JSON is reported and the next file checked, as the script does; where the script would
 * crash (a file that is not UTF-8, keys whose values cannot be compared, text it cannot encode),
 * the rest of the batch is left unchecked.
 */
public final class PrettyFormatJson implements ContentCheck {

  @Override
  public CheckInfo info() {
    return Manifest.typed(
        "pretty-format-json",
        "pretty format json",
        "sets a standard for formatting json files.",
        List.of("json"),
        Manifest.ALL_STAGES,
        true);
  }

  /** Python's {@code TypeError} from comparing values of two duplicate keys while sorting. */
  private static final class TypeError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TypeError(String message) {
      super(message);
    }
  }

  @Override
  public FileCheck prepare(List<String> args, CheckContext context) throws CheckAbortedException {
    ArgumentParser.Parsed parsed =
        new ArgumentParser("pretty-format-json")
            .flag("autofix", "--autofix")
            .value("indent", "2", "--indent")
            .flag("no_ensure_ascii", "--no-ensure-ascii")
            .flag("no_sort_keys", "--no-sort-keys")
            .value("top_keys", null, "--top-keys")
            .parse(args)
            .requireNoPositionals();
    boolean autofix = parsed.flag("autofix");
    String indent = indentString(parsed.value("indent").orElseThrow());
    boolean ensureAscii = !parsed.flag("no_ensure_ascii");
    boolean sortKeys = !parsed.flag("no_sort_keys");
    List<String> topKeys =
        parsed.value("top_keys").map(s -> Arrays.asList(s.split(",", -1))).orElse(List.of());
    return new FileCheck() {
      @Override
      public FileVerdict check(String path, byte[] content) {
        String contents;
        try {
          contents = PythonText.readText(content);
        } catch (PythonText.DecodeException e) {
          return FileVerdict.crash(path + ": UnicodeDecodeError: " + e.getMessage() + "\n");
        }
        String pretty;
        try {
          Object value =
              PythonJson.loads(
                  contents.codePoints().toArray(), pairs -> order(pairs, topKeys, sortKeys));
          pretty = PythonJson.dumps(value, indent, ensureAscii) + "\n";
        } catch (PythonJson.DecodeError e) {
          return FileVerdict.fail(
              "Input File " + path + " is not a valid JSON, consider using check-json\n");
        } catch (TypeError e) {
          return FileVerdict.crash(path + ": TypeError: " + e.getMessage() + "\n");
        }
        if (contents.equals(pretty)) {
          return FileVerdict.ok();
        }
        int surrogate = loneSurrogate(pretty);
        if (surrogate >= 0) {
          // Python cannot encode it and dies; unlike the script (which has already truncated the
          // file when it dies under --autofix), leave the file as it is.
          return FileVerdict.crash(
              path
                  + ": UnicodeEncodeError: 'utf-8' codec can't encode character '\\u"
                  + String.format("%04x", (int) pretty.charAt(surrogate))
                  + "' in position "
                  + pretty.codePointCount(0, surrogate)
                  + ": surrogates not allowed\n");
        }
        if (autofix) {
          return FileVerdict.fixed(bytes(pretty), "Fixing file " + path + "\n");
        }
        String diff =
            UnifiedDiff.diff(
                PythonText.splitLines(contents, true),
                PythonText.splitLines(pretty, true),
                path,
                path);
        return FileVerdict.fail(bytes(diff));
      }

      @Override
      public boolean canHalt() {
        return true;
      }
    };
  }

  /** The index of the first unpaired surrogate, or -1. */
  static int loneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** {@code --indent}: an integer means that many spaces (none if negative), else the string. */
  static String indentString(String arg) {
    String trimmed = PythonText.rstrip(arg).strip();
    if (trimmed.matches("[+-]?[0-9]+(_[0-9]+)*")) {
      BigInteger n = new BigInteger(trimmed.replace("_", "").replace("+", ""));
      return n.signum() <= 0 ? "" : " ".repeat(n.intValueExact());
    }
    return arg;
  }

  /** The script's {@code object_pairs_hook}: top keys first, the rest sorted, then a dict. */
  private static Map<String, Object> order(
      List<Map.Entry<String, Object>> pairs, List<String> topKeys, boolean sortKeys) {
    List<Map.Entry<String, Object>> before = new ArrayList<>();
    List<Map.Entry<String, Object>> after = new ArrayList<>();
    for (Map.Entry<String, Object> pair : pairs) {
      (topKeys.contains(pair.getKey()) ? before : after).add(pair);
    }
    before.sort(
        (x, y) -> Integer.compare(topKeys.indexOf(x.getKey()), topKeys.indexOf(y.getKey())));
    if (sortKeys) {
      after.sort(PrettyFormatJson::comparePairs);
    }
    Map<String, Object> dict = new LinkedHashMap<>();
    for (Map.Entry<String, Object> pair : before) {
      dict.put(pair.getKey(), pair.getValue());
    }
    for (Map.Entry<String, Object> pair : after) {
      dict.put(pair.getKey(), pair.getValue());
    }
    return dict;
  }

  /** Python's tuple order on {@code (key, value)}. */
  private static int comparePairs(Map.Entry<String, Object> x, Map.Entry<String, Object> y) {
    int byKey = PythonText.compareCodePoints(x.getKey(), y.getKey());
    if (byKey != 0) {
      return byKey;
    }
    return compareValues(x.getValue(), y.getValue());
  }

  private static int compareValues(Object a, Object b) {
    if (pyEquals(a, b)) {
      return 0;
    }
    if (isNumber(a) && isNumber(b)) {
      return compareNumbers(a, b);
    }
    if (a instanceof String s && b instanceof String t) {
      return PythonText.compareCodePoints(s, t);
    }
    if (a instanceof List<?> l && b instanceof List<?> m) {
      for (int i = 0; i < Math.min(l.size(), m.size()); i++) {
        if (!pyEquals(l.get(i), m.get(i))) {
          return compareValues(l.get(i), m.get(i));
        }
      }
      return Integer.compare(l.size(), m.size());
    }
    throw new TypeError(
        "'<' not supported between instances of '" + typeName(a) + "' and '" + typeName(b) + "'");
  }

  private static String typeName(Object o) {
    if (o == null) {
      return "NoneType";
    }
    if (o instanceof Boolean) {
      return "bool";
    }
    if (o instanceof BigInteger) {
      return "int";
    }
    if (o instanceof Double) {
      return "float";
    }
    if (o instanceof String) {
      return "str";
    }
    if (o instanceof List) {
      return "list";
    }
    return "dict";
  }

  private static boolean isNumber(Object o) {
    return o instanceof Boolean || o instanceof BigInteger || o instanceof Double;
  }

  private static int compareNumbers(Object a, Object b) {
    if (a instanceof Double d && (d.isNaN() || d.isInfinite())
        || b instanceof Double e && (e.isNaN() || e.isInfinite())) {
      double x = toDouble(a);
      double y = toDouble(b);
      return x < y ? -1 : x > y ? 1 : 0;
    }
    return toDecimal(a).compareTo(toDecimal(b));
  }

  private static double toDouble(Object o) {
    return o instanceof Boolean b ? (b ? 1 : 0) : ((Number) o).doubleValue();
  }

  private static BigDecimal toDecimal(Object o) {
    if (o instanceof Boolean b) {
      return b ? BigDecimal.ONE : BigDecimal.ZERO;
    }
    if (o instanceof BigInteger i) {
      return new BigDecimal(i);
    }
    return new BigDecimal((Double) o);
  }

  private static boolean pyEquals(Object a, Object b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (isNumber(a) && isNumber(b)) {
      if (a instanceof Double d && d.isNaN() || b instanceof Double e && e.isNaN()) {
        return false;
      }
      return compareNumbers(a, b) == 0;
    }
    if (a instanceof List<?> l && b instanceof List<?> m) {
      if (l.size() != m.size()) {
        return false;
      }
      for (int i = 0; i < l.size(); i++) {
        if (!pyEquals(l.get(i), m.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Map<?, ?> p && b instanceof Map<?, ?> q) {
      if (p.size() != q.size()) {
        return false;
      }
      for (Map.Entry<?, ?> e : p.entrySet()) {
        if (!q.containsKey(e.getKey()) || !pyEquals(e.getValue(), q.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }
}
