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
   * What stops {@code hook} from being installed or run on this machine, as one line naming the
   * hook and the fix (a toolchain not on {@code env}'s {@code PATH} and the command that installs
   * it, a {@code language_version} the language cannot honour), or empty. Checked by {@code
   * validate-config} and {@code install-hooks} ahead of a commit, and before the hook runs: the
   * hook then fails with this line, and no environment is built.
   */
  default Optional<String> unmetRequirement(Hook hook, Map<String, String> env) {
    return Optional.empty();
  }

  /** Builds {@code hook}'s environment when it is missing or broken; idempotent. */
  default void install(Hook hook, HookContext context) throws IOException {}

  /** Runs {@code hook} over {@code files} (already filtered; empty when none are passed). */
  ProcessResult run(Hook hook, List<String> files, HookContext context) throws IOException;
}
