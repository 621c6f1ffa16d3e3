package dev.precommit.lang;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The languages hooks can be written in, by name. An explicit list: no classpath scanning. */
public final class Languages {
  private final Map<String, Language> languages;

  private Languages(Map<String, Language> languages) {
    this.languages = languages;
  }

  /** Every supported language, with pre-commit's aliases (system, script). */
  public static Languages standard() {
    Map<String, Language> all = new TreeMap<>();
    // keep-sorted start
    // keep-sorted end
    return new Languages(Map.copyOf(all));
  }

  public Optional<Language> find(String name) {
    return Optional.ofNullable(languages.get(name));
  }
}
