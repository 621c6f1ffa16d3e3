package dev.precommit.config;

import java.util.List;

/** Placeholder until the config branch lands. */
public record LoadedConfig(Config config, List<String> warnings) {}
