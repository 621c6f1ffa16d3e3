package dev.precommit.lang;

import java.util.regex.Pattern;

/** Python's {@code shlex.quote}: a word as a POSIX shell reads it back unchanged. */
final class ShellQuote {
  private static final Pattern SAFE = Pattern.compile("[\\w@%+=:,./-]+");

  private ShellQuote() {}

  static String quote(String word) {
    if (word.isEmpty()) {
      return "''";
    }
    if (SAFE.matcher(word).matches()) {
      return word;
    }
    return "'" + word.replace("'", "'\"'\"'") + "'";
  }
}
