package dev.precommit.config;

import java.util.List;
import java.util.Set;

/**
 * The values {@code language:} may take. The schema check lives here, apart from the runtime
 * registry ({@code lang.Languages}), so a config is validated the same way whichever languages this
 * build can run; running a hook in a language without a runner is a run-time error.
 */
public final class LanguageNames {
  /**
   * pre-commit 4.6.2's languages plus ours ({@code builtin}, {@code java}, {@code jvm}), sorted.
   */
  private static final List<String> CANONICAL =
      List.of(
          "builtin",
          "conda",
          "coursier",
          "dart",
          "docker",
          "docker_image",
          "dotnet",
          "fail",
          "golang",
          "haskell",
          "java",
          "julia",
          "jvm",
          "lua",
          "node",
          "perl",
          "pygrep",
          "python",
          "r",
          "ruby",
          "rust",
          "swift",
          "unsupported",
          "unsupported_script");

  /** Old names pre-commit still accepts without listing them: system and script. */
  private static final Set<String> ALIASES = Set.of("system", "script");

  private LanguageNames() {}

  /** True when {@code language} is accepted in a config or manifest. */
  public static boolean isKnown(String language) {
    return CANONICAL.contains(language) || ALIASES.contains(language);
  }

  /** The names an error message lists, sorted (aliases left out, as pre-commit does). */
  public static List<String> canonical() {
    return CANONICAL;
  }
}
