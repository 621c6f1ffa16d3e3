package dev.precommit.config;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code minimum_pre_commit_version}: compared as tuples of integers, as pre-commit does (so {@code
 * 4.6.2.0} is newer than {@code 4.6.2}), against {@link Constants#PRE_COMMIT_VERSION}.
 */
final class MinimumVersion {
  private MinimumVersion() {}

  /**
   * True when {@code required} is newer than the pre-commit version we implement.
   *
   * @throws NumberFormatException when it is not dot-separated integers
   */
  static boolean isUnsupported(String required) {
    return compare(parse(required), parse(Constants.PRE_COMMIT_VERSION)) > 0;
  }

  /** The one-line refusal for a config or hook that needs a newer pre-commit. */
  static String problem(String required) {
    return "pre-commit version "
        + required
        + " is required but precommit is compatible with version "
        + Constants.PRE_COMMIT_VERSION
        + ".  Perhaps upgrade precommit.";
  }

  private static List<Long> parse(String version) {
    List<Long> parts = new ArrayList<>();
    for (String part : version.split("\\.", -1)) {
      String digits = part.strip().replace("_", "");
      if (digits.startsWith("+")) {
        digits = digits.substring(1);
      }
      if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
        throw new NumberFormatException(version);
      }
      parts.add(Long.parseLong(digits));
    }
    return parts;
  }

  private static int compare(List<Long> a, List<Long> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = Long.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
