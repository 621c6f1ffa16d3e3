package dev.precommit.hooks.meta;

import dev.precommit.hooks.CheckInfo;
import java.util.List;

/** The defaults pre-commit gives its meta hooks. */
final class MetaInfo {
  /** Meta hooks that look at the config run on the config file only. */
  static final String CONFIG_FILE = "^\\.pre-commit-config\\.yaml$";

  private MetaInfo() {}

  static CheckInfo of(String id, String name, String files) {
    return new CheckInfo(
        id,
        name,
        "",
        files,
        "^$",
        List.of("file"),
        List.of(),
        List.of(),
        List.of(),
        true,
        false,
        false,
        false);
  }
}
