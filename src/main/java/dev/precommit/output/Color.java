package dev.precommit.output;

/** pre-commit's ANSI colours, applied only when colour is on. */
public enum Color {
  RED("\033[41m"),
  GREEN("\033[42m"),
  YELLOW("\033[43;30m"),
  TURQUOISE("\033[46;30m"),
  SUBTLE("\033[2m"),
  /** prek's workspace project headers: the pass and fail marks and the project's name. */
  PASS_MARK("\033[32m"),
  FAIL_MARK("\033[31m"),
  PROJECT("\033[1;36m");

  static final String NORMAL = "\033[m";

  private final String code;

  Color(String code) {
    this.code = code;
  }

  /** {@code text} wrapped in this colour, or unchanged when {@code enabled} is false. */
  public String apply(String text, boolean enabled) {
    return enabled ? code + text + NORMAL : text;
  }
}
