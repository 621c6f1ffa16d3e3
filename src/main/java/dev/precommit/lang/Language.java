package dev.precommit.lang;

import dev.precommit.process.ProcessResult;
import dev.precommit.repo.Hook;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How hooks of one {@code language:} are installed and run. */
public interface Language {

  /** The name used in configs ({@code system}, {@code pygrep}, …). */
  String name();

  /** False for languages that build no environment: they reject {@code additional_dependencies}. */
  default boolean hasEnvironment() {
    return false;
  }

  /**
   * One line saying why {@code hook} cannot be installed or run on this machine, or empty: the
   * toolchain its environment is built with is not on {@code env}'s {@code PATH} (the line names
   * the command that installs it), a {@code language_version} precommit cannot honour without
   * downloading a toolchain, {@code additional_dependencies} the language does not take. precommit
   * never downloads a toolchain: {@code validate-config} and {@code install-hooks} report this
   * line, and the hook fails with it and gets no environment.
   */
  default Optional<String> missingToolchain(Hook hook, Map<String, String> env) {
    return Optional.empty();
  }

  /** Builds {@code hook}'s environment when it is missing or broken; idempotent. */
  default void install(Hook hook, HookContext context) throws IOException {}

  /** Runs {@code hook} over {@code files} (already filtered; empty when none are passed). */
  ProcessResult run(Hook hook, List<String> files, HookContext context) throws IOException;
}
