package dev.precommit.config;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A git hook type or {@code manual}: the stages a hook can run in. */
public enum Stage {
  COMMIT_MSG("commit-msg"),
  POST_CHECKOUT("post-checkout"),
  POST_COMMIT("post-commit"),
  POST_MERGE("post-merge"),
  POST_REWRITE("post-rewrite"),
  PRE_COMMIT("pre-commit"),
  PRE_MERGE_COMMIT("pre-merge-commit"),
  PRE_PUSH("pre-push"),
  PRE_REBASE("pre-rebase"),
  PREPARE_COMMIT_MSG("prepare-commit-msg"),
  MANUAL("manual");

  private final String id;

  Stage(String id) {
    this.id = id;
  }

  /** The name used in configs and on the command line. */
  public String id() {
    return id;
  }

  /** True for the ten stages git can call as hooks; false for {@code manual}. */
  public boolean isHookType() {
    return this != MANUAL;
  }

  /** Stages that get no files: hooks there need {@code always_run}. */
  public boolean passesNoFiles() {
    return this == POST_CHECKOUT
        || this == POST_COMMIT
        || this == POST_MERGE
        || this == POST_REWRITE
        || this == PRE_REBASE;
  }

  /** Stages whose single file is the commit message. */
  public boolean passesCommitMessage() {
    return this == COMMIT_MSG || this == PREPARE_COMMIT_MSG;
  }

  /** The ten installable hook types, sorted by name. */
  public static List<Stage> hookTypes() {
    return Arrays.stream(values()).filter(Stage::isHookType).toList();
  }

  /** Looks a stage up by its name, translating the legacy names commit, push and merge-commit. */
  public static Optional<Stage> fromId(String id) {
    String current = legacyTranslation(id).orElse(id);
    return Arrays.stream(values()).filter(s -> s.id.equals(current)).findFirst();
  }

  /** The current name for a deprecated stage name, if {@code id} is one. */
  public static Optional<String> legacyTranslation(String id) {
    return switch (id) {
      case "commit" -> Optional.of("pre-commit");
      case "merge-commit" -> Optional.of("pre-merge-commit");
      case "push" -> Optional.of("pre-push");
      default -> Optional.empty();
    };
  }

  @Override
  public String toString() {
    return id;
  }
}
