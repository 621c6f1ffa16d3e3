package dev.precommit.config;

import java.util.List;

/**
 * A valid config and the warnings loading it produced, in pre-commit's order. The caller prints
 * each as {@code [WARNING] <text>} ({@code Output.warn}); the loader prints nothing itself.
 */
public record LoadedConfig(Config config, List<String> warnings) {
  public LoadedConfig {
    warnings = List.copyOf(warnings);
  }
}
