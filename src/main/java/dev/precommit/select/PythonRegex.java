package dev.precommit.select;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Compiles a Python {@code re} pattern (as written in configs) into a Java pattern. */
public final class PythonRegex {
  private PythonRegex() {}

  /**
   * Translates and compiles {@code pattern}. Use {@link java.util.regex.Matcher#find()}: Python's
   * {@code re.search} is unanchored.
   *
   * @throws PatternSyntaxException when it is not a valid regex
   */
  public static Pattern compile(String pattern) {
    return compile(pattern, 0);
  }

  /**
   * Compiles a pattern meant for bytes (pygrep): {@code pattern} holds one char per byte
   * (ISO-8859-1), and character classes stay ASCII as in Python's bytes patterns.
   */
  public static Pattern compileBytes(String pattern, int flags) {
    return compile(pattern, flags);
  }

  /** As {@link #compile(String)}, with Java {@link Pattern} flags. */
  public static Pattern compile(String pattern, int flags) {
    String java =
        pattern.replace("(?P<", "(?<").replace("\\Z", "\\z").replaceAll("\\(\\?P=(\\w+)\\)", "\\\\k<$1>");
    return Pattern.compile(java, flags);
  }
}
