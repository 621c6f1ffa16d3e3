package dev.precommit.config;

import dev.precommit.Version;

/**
 * File names and the pre-commit version this implementation follows.
 *
 * <p>precommit claims compatibility with pre-commit {@value #PRE_COMMIT_VERSION}: a config or hook
 * whose {@code minimum_pre_commit_version} is higher (compared as dotted integers, as pre-commit
 * does, so {@code 4.6.2.0} is higher than {@code 4.6.2}) is refused with one line, because it may
 * use keys or semantics we do not know. The version is pre-commit's, not precommit's own release
 * number, since that is what configs in the wild state.
 */
public final class Constants {
  /** The config file at the repository root. */
  public static final String CONFIG_FILE = ".pre-commit-config.yaml";

  /** The hook definitions file at the root of a hook repository. */
  public static final String MANIFEST_FILE = ".pre-commit-hooks.yaml";

  /** The pre-commit release whose config schema and behaviour we implement. */
  public static final String PRE_COMMIT_VERSION = Version.PRE_COMMIT_COMPATIBLE;

  /** The {@code language_version} meaning "whatever the language picks". */
  public static final String DEFAULT = "default";

  private Constants() {}
}
