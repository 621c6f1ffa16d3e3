package dev.precommit.lang;

import dev.precommit.process.ProcessResult;
import dev.precommit.repo.Hook;
import java.io.IOException;
import java.util.List;

/** How hooks of one {@code language:} are installed and run. */
public interface Language {

  /** The name used in configs ({@code system}, {@code pygrep}, …). */
  String name();

  /** False for languages that build no environment: they reject {@code additional_dependencies}. */
  default boolean hasEnvironment() {
    return false;
  }

  /** Builds {@code hook}'s environment when it is missing or broken; idempotent. */
  default void install(Hook hook, HookContext context) throws IOException {}

  /** Runs {@code hook} over {@code files} (already filtered; empty when none are passed). */
  ProcessResult run(Hook hook, List<String> files, HookContext context) throws IOException;
}
