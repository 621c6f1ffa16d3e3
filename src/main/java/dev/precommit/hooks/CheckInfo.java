package dev.precommit.hooks;

import dev.precommit.config.HookConfig;
import dev.precommit.config.Stage;
import java.util.List;

/**
 * What a built-in check says about itself: the defaults a config entry overrides, matching the
 * hook's definition in pre-commit-hooks' manifest where it has one.
 *
 * @param fixer true when the check may rewrite files
 */
public record CheckInfo(
    String id,
    String name,
    String description,
    String files,
    String exclude,
    List<String> types,
    List<String> typesOr,
    List<String> excludeTypes,
    List<Stage> stages,
    boolean passFilenames,
    boolean alwaysRun,
    boolean requireSerial,
    boolean fixer) {

  public CheckInfo {
    types = List.copyOf(types);
    typesOr = List.copyOf(typesOr);
    excludeTypes = List.copyOf(excludeTypes);
    stages = List.copyOf(stages);
  }

  /** The hook this check is when a config names it with no overrides. */
  public HookConfig toHookConfig() {
    return new HookConfig(
        id,
        name,
        id,
        "builtin",
        "",
        files,
        exclude,
        types,
        typesOr,
        excludeTypes,
        List.of(),
        List.of(),
        alwaysRun,
        false,
        passFilenames,
        description,
        "default",
        "",
        requireSerial,
        stages,
        false,
        "0",
        null);
  }
}
