package dev.precommit.config;

/** Placeholder until the config branch lands. */
public final class PythonRepr {
  private PythonRepr() {}

  public static String of(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
