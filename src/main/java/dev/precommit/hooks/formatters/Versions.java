package dev.precommit.hooks.formatters;

/**
 * Compares release numbers as the wrapper's {@code packaging.version.Version} does for plain
 * releases: component by component as numbers, missing components are 0 ({@code 1.9 < 1.10.0}).
 */
final class Versions {
  private Versions() {}

  static int compare(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int c = Long.compare(number(x, i), number(y, i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static long number(String[] parts, int i) {
    if (i >= parts.length) {
      return 0;
    }
    String digits = parts[i].replaceAll("\\D.*$", "");
    return digits.isEmpty() ? 0 : Long.parseLong(digits);
  }
}
