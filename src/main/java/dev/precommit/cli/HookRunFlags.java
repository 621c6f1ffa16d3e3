package dev.precommit.cli;

import dev.precommit.config.Stage;
import picocli.CommandLine.Option;

/**
 * How hooks run, shared by {@code run} and {@code try-repo}: {@code --hook-stage}, {@code
 * --show-diff-on-failure}, {@code --verbose} and {@code --fail-fast}.
 */
final class HookRunFlags {
  @Option(
      names = "--hook-stage",
      paramLabel = "STAGE",
      description = "The stage during which the hook is fired.")
  String hookStage = "pre-commit";

  @Option(names = "--show-diff-on-failure", description = "When hooks fail, run `git diff`.")
  boolean showDiffOnFailure;

  @Option(names = {"-v", "--verbose"})
  boolean verbose;

  @Option(names = "--fail-fast", description = "Stop after the first failing hook.")
  boolean failFast;

  /** The {@code --hook-stage} read, or a usage error naming the stages there are. */
  Stage stage() {
    return stage(hookStage);
  }

  /** A {@code --hook-stage} value read, or a usage error naming the stages there are. */
  static Stage stage(String hookStage) {
    return Stage.fromId(hookStage)
        .orElseThrow(
            () ->
                new UsageException(
                    "invalid --hook-stage `"
                        + hookStage
                        + "`: expected one of "
                        + Stage.hookTypes()
                        + " or manual"));
  }
}
