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
    add(all, new FailLanguage());
    add(all, new PygrepLanguage());
    add(all, new ScriptLanguage("script"));
    add(all, new ScriptLanguage("unsupported_script"));
    add(all, new SystemLanguage("system"));
    add(all, new SystemLanguage("unsupported"));
    // keep-sorted end
    return new Languages(Map.copyOf(all));
  }

  private static void add(Map<String, Language> all, Language language) {
    all.put(language.name(), language);
  }

  public Optional<Language> find(String name) {
    return Optional.ofNullable(languages.get(name));
  }
}
