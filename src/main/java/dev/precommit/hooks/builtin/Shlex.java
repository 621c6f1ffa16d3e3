package dev.precommit.hooks.builtin;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Python's {@code shlex.quote}/{@code join}: the hints the scripts print are copy-pasteable. */
final class Shlex {
  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9_@%+=:,./-]");

  private Shlex() {}

  static String quote(String word) {
    if (word.isEmpty()) {
      return "''";
    }
    if (!UNSAFE.matcher(word).find()) {
      return word;
    }
    return "'" + word.replace("'", "'\"'\"'") + "'";
  }

  static String join(List<String> words) {
    return words.stream().map(Shlex::quote).collect(Collectors.joining(" "));
  }
}
