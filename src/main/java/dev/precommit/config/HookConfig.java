package dev.precommit.config;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One hook with every key resolved: the config's entry merged over the defaults of its repository
 * (manifest, built-in or meta definition). Keys and defaults are pre-commit's.
 *
 * @param stages the stages the hook runs in, already defaulted from {@code default_stages}
 * @param languageVersion {@code "default"} unless set by the hook or {@code
 *     default_language_version}
 * @param priority prek's scheduling key: hooks with the same value run at the same time, lower
 *     values first; empty when the hook does not set one (it then runs alone, in config order)
 */
public record HookConfig(
    String id,
    String name,
    String entry,
    String language,
    String alias,
    String files,
    String exclude,
    List<String> types,
    List<String> typesOr,
    List<String> excludeTypes,
    List<String> additionalDependencies,
    List<String> args,
    boolean alwaysRun,
    boolean failFast,
    boolean passFilenames,
    String description,
    String languageVersion,
    String logFile,
    boolean requireSerial,
    List<Stage> stages,
    boolean verbose,
    String minimumPreCommitVersion,
    OptionalInt priority) {

  public HookConfig {
    Objects.requireNonNull(id, "id");
    name = Objects.requireNonNullElse(name, id);
    entry = Objects.requireNonNullElse(entry, "");
    language = Objects.requireNonNull(language, "language");
    alias = Objects.requireNonNullElse(alias, "");
    files = Objects.requireNonNullElse(files, "");
    exclude = Objects.requireNonNullElse(exclude, "^$");
    types = List.copyOf(Objects.requireNonNullElse(types, List.of("file")));
    typesOr = List.copyOf(Objects.requireNonNullElse(typesOr, List.of()));
    excludeTypes = List.copyOf(Objects.requireNonNullElse(excludeTypes, List.of()));
    additionalDependencies =
        List.copyOf(Objects.requireNonNullElse(additionalDependencies, List.of()));
    args = List.copyOf(Objects.requireNonNullElse(args, List.of()));
    description = Objects.requireNonNullElse(description, "");
    languageVersion = Objects.requireNonNullElse(languageVersion, "default");
    logFile = Objects.requireNonNullElse(logFile, "");
    stages = List.copyOf(Objects.requireNonNullElse(stages, List.of(Stage.values())));
    minimumPreCommitVersion = Objects.requireNonNullElse(minimumPreCommitVersion, "0");
    priority = Objects.requireNonNullElse(priority, OptionalInt.empty());
  }

  /** A minimal hook with pre-commit's defaults, for code and tests that build hooks directly. */
  public static HookConfig of(String id, String name, String entry, String language) {
    return new HookConfig(
        id, name, entry, language, null, null, null, null, null, null, null, null, false, false,
        true, null, null, null, false, null, false, null, null);
  }

  /** True when {@code SKIP} or {@code run <hook>} names this hook by id or alias. */
  public boolean isNamed(String idOrAlias) {
    return id.equals(idOrAlias) || (!alias.isEmpty() && alias.equals(idOrAlias));
  }
}
