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
   * Why {@code hook} cannot run here, as one line naming the hook and what to do: a toolchain
   * missing from {@code env}'s {@code PATH} (with the command that installs it), a {@code
   * language_version} that would need a download. Empty when it can run. Such a hook's environment
   * is not built, its run fails with this line, and {@code validate-config} and {@code
   * install-hooks} report it first.
   */
  default Optional<String> unavailable(Hook hook, Map<String, String> env) {
    return Optional.empty();
  }

  /** Builds {@code hook}'s environment when it is missing or broken; idempotent. */
  default void install(Hook hook, HookContext context) throws IOException {}

  /** Runs {@code hook} over {@code files} (already filtered; empty when none are passed). */
  ProcessResult run(Hook hook, List<String> files, HookContext context) throws IOException;
}
