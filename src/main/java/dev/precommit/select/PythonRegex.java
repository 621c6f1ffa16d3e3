package dev.precommit.select;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles a Python {@code re} pattern (as written in {@code files}, {@code exclude} and pygrep
 * entries) into a Java pattern that matches the same strings, because configs are written for
 * Python and must select the same files here.
 *
 * <p>The pattern is parsed as Python 3.11's {@code re} parses it and written out again in Java
 * syntax, not patched with string replacements. What that settles:
 *
 * <ul>
 *   <li>Syntax: {@code (?P<name>…)}, {@code (?P=name)}, {@code \Z}, {@code \U0010ffff}, octal
 *       and {@code \N{NAME}} escapes are translated; {@code {} that does not start a valid
 *       quantifier is a literal; {@code {,n}} works; {@code [} and {@code &&} inside a class are
 *       literals; a {@code ]} first in a class is a literal; Java-only syntax ({@code \p{…}},
 *       {@code \Q…\E}, {@code \h}, {@code \z}, nested classes) is rejected as Python rejects it,
 *       and so are global flags after the start, repeated repeats and nothing-to-repeat.
 *   <li>Str patterns are Unicode-aware as in Python 3: {@code \d} is any Unicode decimal digit
 *       ({@code \p{Nd}}), {@code \w} any letter or number or underscore ({@code [\p{L}\p{N}_]},
 *       which is Python's {@code str.isalnum()} exactly), {@code \s} Python's whitespace set
 *       (which includes U+001C..U+001F, unlike Java's), {@code \b} and {@code \B} follow that
 *       {@code \w}, and {@code (?i)} folds case Unicode-wide. With {@code (?a)}, and in bytes
 *       patterns, all of these are ASCII-only. Explicit classes are written out rather than
 *       relying on {@code UNICODE_CHARACTER_CLASS}, whose {@code \w} also takes combining marks.
 *   <li>Lines: only {@code \n} ends a line. {@code .} is {@code [^\n]} (anything with
 *       {@code (?s)}); {@code $} matches at the end or before a final {@code \n}; with {@code (?m)},
 *       {@code ^} also matches after every {@code \n}, including one that ends the string (Java's
 *       does not) and {@code $} before every {@code \n}.
 *   <li>{@code (?x)}: whitespace and {@code #} comments are dropped by the translator, outside
 *       classes only, as Python does (Java's comments mode would also strip them inside classes).
 * </ul>
 *
 * <p>Checked against CPython 3.11 over every BMP code point: {@code \w}, {@code \d} and
 * case-insensitive single characters agree except for characters that Unicode 14 (Python 3.11)
 * added after Unicode 13 (Java 17).
 *
 * <p>Not supported: conditional groups {@code (?(1)a|b)} (a clear error). Java accepts some
 * lookbehinds Python rejects (bounded but not fixed width); they match as Java defines them.
 */
public final class PythonRegex {
  private static final int SUPPORTED_FLAGS =
      Pattern.CASE_INSENSITIVE
          | Pattern.MULTILINE
          | Pattern.DOTALL
          | Pattern.COMMENTS
          | Pattern.UNIX_LINES
          | Pattern.UNICODE_CASE
          | Pattern.UNICODE_CHARACTER_CLASS;

  private PythonRegex() {}

  /**
   * Translates and compiles {@code pattern}. Use {@link java.util.regex.Matcher#find()}: Python's
   * {@code re.search} is unanchored.
   *
   * @throws PatternSyntaxException when Python would reject it, with Python's message
   */
  public static Pattern compile(String pattern) {
    return compile(pattern, 0);
  }

  /**
   * As {@link #compile(String)}, with flags named by their Java constants and meaning Python's:
   * {@code CASE_INSENSITIVE} is {@code re.I}, {@code MULTILINE} {@code re.M}, {@code DOTALL} {@code
   * re.S}, {@code COMMENTS} {@code re.X}. {@code UNIX_LINES}, {@code UNICODE_CASE} and {@code
   * UNICODE_CHARACTER_CLASS} change nothing (the translation already behaves so).
   */
  public static Pattern compile(String pattern, int flags) {
    return compile(pattern, flags, false);
  }

  /**
   * Compiles a pattern meant for bytes (pygrep): {@code pattern} holds one char per byte
   * (ISO-8859-1), and character classes and case folding stay ASCII as in Python's bytes patterns.
   * Flags as in {@link #compile(String, int)}.
   */
  public static Pattern compileBytes(String pattern, int flags) {
    return compile(pattern, flags, true);
  }

  private static Pattern compile(String pattern, int flags, boolean bytes) {
    if ((flags & ~SUPPORTED_FLAGS) != 0) {
      throw new IllegalArgumentException("unsupported flags for a Python pattern: " + flags);
    }
    Translation translation = translate(pattern, flags, bytes);
    return Pattern.compile(translation.java(), translation.javaFlags());
  }

  /** The Java source of a translated pattern and the flags to compile it with. */
  record Translation(String java, int javaFlags) {}

  static Translation translate(String pattern, int flags, boolean bytes) {
    Mode mode =
        new Mode(
            (flags & Pattern.CASE_INSENSITIVE) != 0,
            (flags & Pattern.MULTILINE) != 0,
            (flags & Pattern.DOTALL) != 0,
            (flags & Pattern.COMMENTS) != 0,
            bytes);
    return new Translator(pattern, mode, bytes).translate();
  }

  /** The Python flags in force at a point of the pattern. */
  private record Mode(
      boolean ignoreCase, boolean multiline, boolean dotAll, boolean verbose, boolean ascii) {}

  /** What the last item of a sequence was, for Python's repeat checks. */
  private enum Item {
    NONE,
    ANCHOR,
    ATOM,
    REPEATED
  }

  private static final class Translator {
    private static final String WHITESPACE = " \t\n\r\u000b\f";
    private static final String FLAG_LETTERS = "aiLmsux";

    private final String source;
    private final boolean bytes;
    private final StringBuilder out = new StringBuilder();
    private final Deque<Mode> modes = new ArrayDeque<>();
    private final Map<String, Integer> groupNames = new HashMap<>();
    private final Set<Integer> openGroups = new HashSet<>();
    private int groups;
    private int pos;

    Translator(String source, Mode mode, boolean bytes) {
      this.source = source;
      this.bytes = bytes;
      modes.push(mode);
    }

    private Mode mode() {
      return modes.peek();
    }

    Translation translate() {
      globalFlags();
      Mode global = mode();
      alternatives();
      if (pos < source.length()) {
        throw error("unbalanced parenthesis", pos);
      }
      int javaFlags = 0;
      if (global.ignoreCase()) {
        javaFlags |= Pattern.CASE_INSENSITIVE | (global.ascii() ? 0 : Pattern.UNICODE_CASE);
      }
      return new Translation(out.toString(), javaFlags);
    }

    // ---- reading

    private boolean atEnd() {
      return pos >= source.length();
    }

    private int peek() {
      return atEnd() ? -1 : source.codePointAt(pos);
    }

    private int next() {
      int c = source.codePointAt(pos);
      pos += Character.charCount(c);
      return c;
    }

    private boolean match(char c) {
      if (!atEnd() && source.charAt(pos) == c) {
        pos++;
        return true;
      }
      return false;
    }

    private boolean lookingAt(String s) {
      return source.startsWith(s, pos);
    }

    private PatternSyntaxException error(String message, int at) {
      return new PatternSyntaxException(message, source, at);
    }

    private void skipVerbose() {
      while (!atEnd()) {
        char c = source.charAt(pos);
        if (WHITESPACE.indexOf(c) >= 0) {
          pos++;
        } else if (c == '#') {
          while (!atEnd() && source.charAt(pos) != '\n') {
            pos++;
          }
        } else {
          return;
        }
      }
    }

    // ---- flags

    /** Python allows {@code (?flags)} only before anything else in the pattern. */
    private void globalFlags() {
      while (true) {
        if (mode().verbose()) {
          skipVerbose();
        }
        if (!lookingAt("(?")) {
          return;
        }
        int end = pos + 2;
        while (end < source.length() && FLAG_LETTERS.indexOf(source.charAt(end)) >= 0) {
          end++;
        }
        if (end == pos + 2 || end >= source.length() || source.charAt(end) != ')') {
          return;
        }
        Mode mode = applyFlags(mode(), source.substring(pos + 2, end), "", pos + 2);
        modes.pop();
        modes.push(mode);
        pos = end + 1;
      }
    }

    private Mode applyFlags(Mode mode, String on, String off, int at) {
      int encodings = 0;
      for (char c : on.toCharArray()) {
        if (off.indexOf(c) >= 0) {
          throw error("bad inline flags: flag turned on and off", at);
        }
        switch (c) {
          case 'L' -> {
            if (!bytes) {
              throw error("bad inline flags: cannot use 'L' flag with a str pattern", at);
            }
            encodings++;
          }
          case 'u' -> {
            if (bytes) {
              throw error("bad inline flags: cannot use 'u' flag with a bytes pattern", at);
            }
            encodings++;
          }
          case 'a' -> encodings++;
          default -> {}
        }
      }
      if (encodings > 1) {
        throw error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", at);
      }
      boolean ascii = bytes || (on.indexOf('a') >= 0 || (mode.ascii() && on.indexOf('u') < 0));
      return new Mode(
          flag(mode.ignoreCase(), 'i', on, off),
          flag(mode.multiline(), 'm', on, off),
          flag(mode.dotAll(), 's', on, off),
          flag(mode.verbose(), 'x', on, off),
          ascii);
    }

    private static boolean flag(boolean was, char letter, String on, String off) {
      return on.indexOf(letter) >= 0 || (was && off.indexOf(letter) < 0);
    }

    // ---- structure

    private void alternatives() {
      sequence();
      while (match('|')) {
        out.append('|');
        sequence();
      }
    }

    private void sequence() {
      Item last = Item.NONE;
      while (true) {
        if (mode().verbose()) {
          skipVerbose();
        }
        if (atEnd() || lookingAt("|") || lookingAt(")")) {
          return;
        }
        int start = pos;
        int c = next();
        switch (c) {
          case '(' -> last = group(start, last);
          case '[' -> {
            characterClass(start);
            last = Item.ATOM;
          }
          case '.' -> {
            out.append(mode().dotAll() ? "(?s:.)" : "[^\\n]");
            last = Item.ATOM;
          }
          case '^' -> {
            out.append(mode().multiline() ? "(?<![^\\n])" : "\\A");
            last = Item.ANCHOR;
          }
          case '$' -> {
            out.append(mode().multiline() ? "(?![^\\n])" : "(?=\\n?\\z)");
            last = Item.ANCHOR;
          }
          case '*', '+', '?' -> {
            checkRepeatable(last, start);
            out.appendCodePoint(c);
            last = quantifierSuffix();
          }
          case '{' -> last = brace(start, last);
          case '\\' -> last = escape(start);
          default -> {
            literal(c);
            last = Item.ATOM;
          }
        }
      }
    }

    private void checkRepeatable(Item last, int at) {
      if (last == Item.NONE || last == Item.ANCHOR) {
        throw error("nothing to repeat", at);
      }
      if (last == Item.REPEATED) {
        throw error("multiple repeat", at);
      }
    }

    /** Lazy {@code ?} and possessive {@code +} (Python 3.11) after a quantifier. */
    private Item quantifierSuffix() {
      if (match('?')) {
        out.append('?');
      } else if (match('+')) {
        out.append('+');
      }
      return Item.REPEATED;
    }

    /** {@code {m,n}} and its short forms, or a literal brace as Python reads one. */
    private Item brace(int start, Item last) {
      if (lookingAt("}")) {
        literal('{');
        return Item.ATOM;
      }
      String low = digits();
      String high;
      boolean comma = match(',');
      high = comma ? digits() : low;
      if (!match('}')) {
        pos = start + 1;
        literal('{');
        return Item.ATOM;
      }
      checkRepeatable(last, start);
      long min = low.isEmpty() ? 0 : count(low, start);
      long max = high.isEmpty() ? -1 : count(high, start);
      if (max >= 0 && max < min) {
        throw error("min repeat greater than max repeat", start + 1);
      }
      out.append('{').append(min);
      if (comma) {
        out.append(',');
        if (max >= 0) {
          out.append(max);
        }
      }
      out.append('}');
      return quantifierSuffix();
    }

    private String digits() {
      int start = pos;
      while (!atEnd() && source.charAt(pos) >= '0' && source.charAt(pos) <= '9') {
        pos++;
      }
      return source.substring(start, pos);
    }

    private long count(String digits, int at) {
      if (digits.length() > 9 || Long.parseLong(digits) >= Integer.MAX_VALUE) {
        throw error("the repetition number is too large", at);
      }
      return Long.parseLong(digits);
    }

    private Item group(int start, Item last) {
      if (!match('?')) {
        int number = ++groups;
        openGroups.add(number);
        out.append('(');
        body(start, mode());
        openGroups.remove(number);
        return Item.ATOM;
      }
      if (atEnd()) {
        throw error("unexpected end of pattern", pos);
      }
      int kind = next();
      switch (kind) {
        case ':' -> {
          out.append("(?:");
          body(start, mode());
          return Item.ATOM;
        }
        case 'P' -> {
          return namedGroup(start);
        }
        case '#' -> {
          int end = source.indexOf(')', pos);
          if (end < 0) {
            throw error("missing ), unterminated comment", start);
          }
          pos = end + 1;
          return last;
        }
        case '=', '!' -> {
          out.append("(?").appendCodePoint(kind);
          body(start, mode());
          return Item.ATOM;
        }
        case '>' -> {
          out.append("(?>");
          body(start, mode());
          return Item.ATOM;
        }
        case '<' -> {
          if (match('=')) {
            out.append("(?<=");
          } else if (match('!')) {
            out.append("(?<!");
          } else {
            throw error("unknown extension ?<" + (atEnd() ? "" : Character.toString(peek())), pos);
          }
          body(start, mode());
          return Item.ATOM;
        }
        case '(' -> throw error("conditional groups (?(...)...) are not supported", start);
        default -> {
          pos--;
          return scopedFlags(start);
        }
      }
    }

    /** The rest of a group after its opening, up to and including the closing parenthesis. */
    private void body(int start, Mode inner) {
      modes.push(inner);
      alternatives();
      modes.pop();
      if (!match(')')) {
        throw error("missing ), unterminated subpattern", start);
      }
      out.append(')');
    }

    private Item namedGroup(int start) {
      if (match('<')) {
        String name = groupName('>');
        if (groupNames.containsKey(name)) {
          throw error("redefinition of group name '" + name + "'", start + 4);
        }
        int number = ++groups;
        groupNames.put(name, number);
        openGroups.add(number);
        out.append(name.matches("[A-Za-z][A-Za-z0-9]*") ? "(?<" + name + ">" : "(");
        body(start, mode());
        openGroups.remove(number);
        return Item.ATOM;
      }
      if (match('=')) {
        String name = groupName(')');
        Integer number = groupNames.get(name);
        if (number == null) {
          throw error("unknown group name '" + name + "'", start + 4);
        }
        backReference(number, start);
        return Item.ATOM;
      }
      throw error("unknown extension ?P" + (atEnd() ? "" : Character.toString(peek())), start + 1);
    }

    private String groupName(char terminator) {
      int start = pos;
      int end = source.indexOf(terminator, pos);
      if (end < 0) {
        throw error("missing " + terminator + ", unterminated name", start);
      }
      String name = source.substring(start, end);
      if (name.isEmpty()) {
        throw error("missing group name", start);
      }
      if (!isIdentifier(name)) {
        throw error("bad character in group name '" + name + "'", start);
      }
      pos = end + 1;
      return name;
    }

    private static boolean isIdentifier(String name) {
      int first = name.codePointAt(0);
      if (first != '_' && !Character.isUnicodeIdentifierStart(first)) {
        return false;
      }
      return name.codePoints().skip(1).allMatch(Character::isUnicodeIdentifierPart);
    }

    private void backReference(int number, int at) {
      if (openGroups.contains(number)) {
        throw error("cannot refer to an open group", at);
      }
      out.append("(?:\\").append(number).append(')');
    }

    /** {@code (?imsx-imsx:...)}; a bare {@code (?flags)} here is past the start. */
    private Item scopedFlags(int start) {
      int flagsStart = pos;
      while (!atEnd() && FLAG_LETTERS.indexOf(source.charAt(pos)) >= 0) {
        pos++;
      }
      String on = source.substring(flagsStart, pos);
      String off = "";
      if (match('-')) {
        int offStart = pos;
        while (!atEnd() && "imsx".indexOf(source.charAt(pos)) >= 0) {
          pos++;
        }
        off = source.substring(offStart, pos);
        if (off.isEmpty()) {
          throw error("missing flag", pos);
        }
        if (!lookingAt(":")) {
          throw error(atEnd() || lookingAt(")") ? "missing :" : "unknown flag", pos);
        }
      }
      if (on.isEmpty() && off.isEmpty()) {
        throw error(
            "unknown extension ?" + (atEnd() ? "" : Character.toString(peek())), flagsStart - 1);
      }
      if (match(')')) {
        throw error("global flags not at the start of the expression", start);
      }
      if (!match(':')) {
        throw error(atEnd() ? "missing -, : or )" : "unknown flag", pos);
      }
      Mode inner = applyFlags(mode(), on, off, flagsStart);
      if (inner.ignoreCase()) {
        out.append(inner.ascii() ? "(?i-u:" : "(?iu:");
      } else {
        out.append("(?-i:");
      }
      body(start, inner);
      return Item.ATOM;
    }

    // ---- escapes

    private Item escape(int start) {
      if (atEnd()) {
        throw error("bad escape (end of pattern)", start);
      }
      int c = next();
      switch (c) {
        case 'A' -> {
          out.append("\\A");
          return Item.ANCHOR;
        }
        case 'Z' -> {
          out.append("\\z");
          return Item.ANCHOR;
        }
        case 'b' -> {
          String w = wordClass();
          out.append("(?:(?<=").append(w).append(")(?!").append(w).append(")|(?<!");
          out.append(w).append(")(?=").append(w).append("))");
          return Item.ANCHOR;
        }
        case 'B' -> {
          String w = wordClass();
          out.append("(?:(?<=").append(w).append(")(?=").append(w).append(")|(?<!");
          out.append(w).append(")(?!").append(w).append(")(?!\\A\\z))");
          return Item.ANCHOR;
        }
        case 'd', 'D', 's', 'S', 'w', 'W' -> {
          out.append('[').append(category(c)).append(']');
          return Item.ATOM;
        }
        default -> {}
      }
      if (c >= '1' && c <= '9') {
        int value = groupOrOctal(c, start);
        if (value >= 0) {
          literal(value);
        }
        return Item.ATOM;
      }
      literal(escapedChar(c, start, false));
      return Item.ATOM;
    }

    /** Digits after a backslash: a group reference, or an octal escape (returned). */
    private int groupOrOctal(int first, int start) {
      String digits = Character.toString(first);
      if (!atEnd() && source.charAt(pos) >= '0' && source.charAt(pos) <= '9') {
        digits += source.charAt(pos++);
        if (isOctal(digits.charAt(0))
            && isOctal(digits.charAt(1))
            && !atEnd()
            && isOctal(source.charAt(pos))) {
          digits += source.charAt(pos++);
          int value = Integer.parseInt(digits, 8);
          if (value > 0377) {
            throw error("octal escape value \\" + digits + " outside of range 0-0o377", start);
          }
          return value;
        }
      }
      int number = Integer.parseInt(digits);
      if (number > groups) {
        throw error("invalid group reference " + number, start + 1);
      }
      backReference(number, start);
      return -1;
    }

    private static boolean isOctal(char c) {
      return c >= '0' && c <= '7';
    }

    /**
     * The code point an escape stands for, {@code c} being the char after the backslash: control
     * escapes, {@code \x}, &#92;u, &#92;U, {@code \N{…}}, octal, or the char itself.
     */
    private int escapedChar(int c, int start, boolean inClass) {
      switch (c) {
        case 'a':
          return 7;
        case 'f':
          return '\f';
        case 'n':
          return '\n';
        case 'r':
          return '\r';
        case 't':
          return '\t';
        case 'v':
          return 0x0b;
        case 'x':
          return hex(2, start);
        case 'u':
        case 'U':
          if (bytes) {
            throw error("bad escape \\" + (char) c, start);
          }
          int value = hex(c == 'u' ? 4 : 8, start);
          if (value > Character.MAX_CODE_POINT || value < 0) {
            throw error("bad escape \\" + source.substring(start + 1, pos), start);
          }
          return value;
        case 'N':
          if (bytes) {
            throw error("bad escape \\N", start);
          }
          return namedChar(start);
        case '0':
          {
            int end = pos;
            while (end < source.length() && end < pos + 2 && isOctal(source.charAt(end))) {
              end++;
            }
            int octal = Integer.parseInt("0" + source.substring(pos, end), 8);
            pos = end;
            return octal;
          }
        default:
          break;
      }
      if (inClass && c >= '1' && c <= '7') {
        int end = pos;
        while (end < source.length() && end < pos + 2 && isOctal(source.charAt(end))) {
          end++;
        }
        int octal = Integer.parseInt(Character.toString(c) + source.substring(pos, end), 8);
        if (octal > 0377) {
          throw error(
              "octal escape value \\"
                  + (char) c
                  + source.substring(pos, end)
                  + " outside of range 0-0o377",
              start);
        }
        pos = end;
        return octal;
      }
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        throw error("bad escape \\" + (char) c, start);
      }
      return c;
    }

    private int hex(int digits, int start) {
      int end = pos;
      while (end < source.length() && end < pos + digits && isHex(source.charAt(end))) {
        end++;
      }
      if (end - pos != digits) {
        throw error("incomplete escape \\" + source.substring(start + 1, end), start);
      }
      long value = Long.parseLong(source.substring(pos, end), 16);
      pos = end;
      return value > Integer.MAX_VALUE ? -1 : (int) value;
    }

    private static boolean isHex(char c) {
      return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private int namedChar(int start) {
      if (!match('{')) {
        throw error("missing {", pos);
      }
      int end = source.indexOf('}', pos);
      if (end < 0 || end == pos) {
        throw error("missing character name", pos);
      }
      String name = source.substring(pos, end);
      pos = end + 1;
      try {
        return Character.codePointOf(name);
      } catch (IllegalArgumentException e) {
        throw error("undefined character name '" + name + "'", start);
      }
    }

    // ---- classes

    private String wordClass() {
      return "[" + category('w') + "]";
    }

    /** The inside of a Java class for one of Python's {@code \d \D \s \S \w \W}. */
    private String category(int c) {
      boolean ascii = mode().ascii();
      String positive =
          switch (Character.toLowerCase(c)) {
            case 'd' -> ascii ? "0-9" : "\\p{Nd}";
            case 's' ->
                ascii
                    ? "\\t-\\r "
                    : "\\t-\\r\\x{1c}-\\x{20}\\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}"
                        + "\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}";
            default -> ascii ? "a-zA-Z0-9_" : "\\p{L}\\p{N}_";
          };
      return Character.isUpperCase(c) ? "[^" + positive + "]" : positive;
    }

    private void characterClass(int start) {
      StringBuilder set = new StringBuilder("[");
      if (match('^')) {
        set.append('^');
      }
      int first = pos;
      while (true) {
        if (atEnd()) {
          throw error("unterminated character set", start);
        }
        int itemStart = pos;
        int c = next();
        if (c == ']' && itemStart != first) {
          break;
        }
        String category = null;
        int low;
        if (c == '\\') {
          if (atEnd()) {
            throw error("bad escape (end of pattern)", itemStart);
          }
          int e = next();
          if ("dDsSwW".indexOf(e) >= 0) {
            category = category(e);
            low = -1;
          } else if (e == 'b') {
            low = '\b';
          } else if (e == '8' || e == '9') {
            throw error("bad escape \\" + (char) e, itemStart);
          } else {
            low = escapedChar(e, itemStart, true);
          }
        } else {
          low = c;
        }
        if (lookingAt("-")) {
          pos++;
          if (atEnd()) {
            throw error("unterminated character set", start);
          }
          if (lookingAt("]")) {
            pos++;
            set.append(category != null ? category : hexChar(low)).append(hexChar('-'));
            break;
          }
          int highStart = pos;
          int h = next();
          int high;
          boolean highIsCategory = false;
          if (h == '\\') {
            if (atEnd()) {
              throw error("bad escape (end of pattern)", highStart);
            }
            int e = next();
            if ("dDsSwW".indexOf(e) >= 0) {
              highIsCategory = true;
              high = -1;
            } else if (e == 'b') {
              high = '\b';
            } else if (e == '8' || e == '9') {
              throw error("bad escape \\" + (char) e, highStart);
            } else {
              high = escapedChar(e, highStart, true);
            }
          } else {
            high = h;
          }
          if (category != null || highIsCategory || high < low) {
            throw error("bad character range " + source.substring(itemStart, pos), itemStart);
          }
          set.append(hexChar(low)).append('-').append(hexChar(high));
        } else {
          set.append(category != null ? category : hexChar(low));
        }
      }
      out.append(set).append(']');
    }

    // ---- output

    private void literal(int c) {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        out.appendCodePoint(c);
      } else {
        out.append(hexChar(c));
      }
    }

    private static String hexChar(int c) {
      return "\\x{" + Integer.toHexString(c) + "}";
    }
  }
}
