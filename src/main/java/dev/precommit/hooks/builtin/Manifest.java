package dev.precommit.hooks.builtin;

import dev.precommit.config.Stage;
import dev.precommit.hooks.CheckInfo;
import java.util.List;

/**
 * The defaults of pre-commit-hooks v6.0.0's {@code .pre-commit-hooks.yaml}, so that a config that
 * names a built-in hook with no overrides behaves as the Python hook would.
 */
final class Manifest {
  /** {@code stages: [pre-commit, pre-push, manual]} in the manifest. */
  static final List<Stage> COMMIT_PUSH_MANUAL =
      List.of(Stage.PRE_COMMIT, Stage.PRE_PUSH, Stage.MANUAL);

  /** No {@code stages} key: every stage. */
  static final List<Stage> ALL_STAGES = List.of(Stage.values());

  private Manifest() {}

  /** A hook filtered by {@code types}. */
  static CheckInfo typed(
      String id,
      String name,
      String description,
      List<String> types,
      List<Stage> stages,
      boolean fixer) {
    return new CheckInfo(
        id,
        name,
        description,
        "",
        "^$",
        types,
        List.of(),
        List.of(),
        stages,
        true,
        false,
        false,
        fixer);
  }

  /** A hook filtered by a {@code files} regex (types defaults to {@code [file]}). */
  static CheckInfo files(String id, String name, String description, String files, boolean fixer) {
    return new CheckInfo(
        id,
        name,
        description,
        files,
        "^$",
        List.of("file"),
        List.of(),
        List.of(),
        ALL_STAGES,
        true,
        false,
        false,
        fixer);
  }
}
