package dev.precommit.config;

import java.util.List;

/** A {@code .pre-commit-hooks.yaml} that cannot be used; worded as pre-commit's error type. */
public final class InvalidManifestException extends InvalidConfigException {
  private static final long serialVersionUID = 1L;

  public InvalidManifestException(String file, List<String> context, String problem) {
    super("InvalidManifestError", file, true, context, problem, null);
  }

  private InvalidManifestException(InvalidConfigException e) {
    super("InvalidManifestError", e.file(), e.inFile(), e.context(), e.problem(), e.hint());
  }

  /** The same problem, reported against a manifest. */
  static InvalidManifestException of(InvalidConfigException e) {
    return new InvalidManifestException(e);
  }
}
