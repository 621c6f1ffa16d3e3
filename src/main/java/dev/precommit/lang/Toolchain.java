package dev.precommit.lang;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The system tool a language builds its environments with, which precommit never downloads: the
 * executables that stand for it on {@code PATH} (any one will do) and the command that installs it.
 *
 * @param executables names looked up on {@code PATH}, in order of preference
 * @param install what the user runs to get it, as shown in the one-line error
 */
record Toolchain(List<String> executables, String install) {
  Toolchain {
    executables = List.copyOf(executables);
  }

  static Toolchain of(String executable, String install) {
    return new Toolchain(List.of(executable), install);
  }

  /** The first of the executables on {@code env}'s {@code PATH}. */
  Optional<Path> find(Map<String, String> env) {
    for (String name : executables) {
      Optional<Path> found = Executables.find(name, env);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The line a hook of {@code language} fails with when none of the executables is found. */
  Optional<String> missing(String hookId, String language, Map<String, String> env) {
    if (find(env).isPresent()) {
      return Optional.empty();
    }
    String names = executables.stream().map(e -> "`" + e + "`").collect(Collectors.joining(" or "));
    return Optional.of(
        "hook `"
            + hookId
            + "` (language "
            + language
            + ") needs "
            + names
            + ", which is not on PATH; install it with: "
            + install);
  }
}
