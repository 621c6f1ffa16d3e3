package dev.precommit.hooks.builtin;

import dev.precommit.config.Stage;
import dev.precommit.hooks.Check;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckInfo;
import dev.precommit.hooks.CheckResult;
import java.util.List;

/**
 * {@code forbid-submodules}: for repositories that want no submodules at all. A submodule's path is
 * a {@code directory} to the file classifier, so every file that reaches the check is one; each is
 * reported, as the {@code fail} language that pre-commit-hooks uses for this hook does.
 */
public final class ForbidSubmodulesCheck implements Check {
  private static final String ENTRY = "submodules are not allowed in this repository:";

  private static final CheckInfo INFO =
      new CheckInfo(
          "forbid-submodules",
          "forbid submodules",
          "forbids any submodules in the repository",
          "",
          "^$",
          List.of("directory"),
          List.of(),
          List.of(),
          List.of(Stage.values()),
          true,
          false,
          false,
          false);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  /** A {@code language: fail} hook: pre-commit passes it every file at once, in order. */
  @Override
  public boolean viaXargs() {
    return false;
  }

  @Override
  public CheckResult run(CheckContext context, List<String> files, List<String> args) {
    return FailLanguageOutput.of(ENTRY, files);
  }
}
