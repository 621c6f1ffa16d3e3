package dev.precommit.output;

import java.util.Map;

/** {@code --color auto|always|never}; auto means a terminal whose TERM is not dumb. */
public enum ColorMode {
  AUTO,
  ALWAYS,
  NEVER;

  /** Parses a {@code --color} value; null for anything else. */
  public static ColorMode parse(String value) {
    return switch (value) {
      case "auto" -> AUTO;
      case "always" -> ALWAYS;
      case "never" -> NEVER;
      default -> null;
    };
  }

  /** The mode when no flag is given: {@code PRE_COMMIT_COLOR}, else auto. */
  public static ColorMode fromEnvironment(Map<String, String> env) {
    ColorMode mode = parse(env.getOrDefault("PRE_COMMIT_COLOR", "auto"));
    return mode == null ? AUTO : mode;
  }

  /** Decides once whether to colour, given whether the output is a terminal. */
  public boolean enabled(boolean terminal, Map<String, String> env) {
    return switch (this) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> terminal && !"dumb".equals(env.get("TERM")) && !env.containsKey("NO_COLOR");
    };
  }
}
