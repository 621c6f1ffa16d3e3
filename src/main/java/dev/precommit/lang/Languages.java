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
    all.put("conda", new UnsupportedLanguage("conda"));
    all.put("coursier", new UnsupportedLanguage("coursier"));
    all.put("dart", new UnsupportedLanguage("dart"));
    all.put("docker", new UnsupportedLanguage("docker"));
    all.put("docker_image", new UnsupportedLanguage("docker_image"));
    all.put("dotnet", new UnsupportedLanguage("dotnet"));
    all.put("golang", new UnsupportedLanguage("golang"));
    all.put("haskell", new UnsupportedLanguage("haskell"));
    all.put("java", new JavaLanguage());
    all.put("julia", new UnsupportedLanguage("julia"));
    all.put("jvm", new JvmLanguage());
    all.put("lua", new UnsupportedLanguage("lua"));
    all.put("node", new NodeLanguage());
    all.put("perl", new UnsupportedLanguage("perl"));
    all.put("python", new PythonLanguage());
    all.put("r", new UnsupportedLanguage("r"));
    all.put("ruby", new UnsupportedLanguage("ruby"));
    all.put("rust", new UnsupportedLanguage("rust"));
    all.put("swift", new UnsupportedLanguage("swift"));
    // keep-sorted end
    return new Languages(Map.copyOf(all));
  }

  public Optional<Language> find(String name) {
    return Optional.ofNullable(languages.get(name));
  }
}
