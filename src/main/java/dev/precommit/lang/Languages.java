package dev.precommit.lang;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    DockerRun docker = new DockerRun(DockerHostPath.MOUNTINFO);
    // keep-sorted start
    add(all, new CondaLanguage());
    add(all, new CoursierLanguage());
    add(all, new DartLanguage());
    add(all, new DockerImageLanguage(docker));
    add(all, new DockerLanguage(docker));
    add(all, new DotnetLanguage());
    add(all, new FailLanguage());
    add(all, new GolangLanguage());
    add(all, new HaskellLanguage());
    add(all, new JavaLanguage());
    add(all, new JuliaLanguage());
    add(all, new JvmLanguage());
    add(all, new LuaLanguage());
    add(all, new NodeLanguage());
    add(all, new PerlLanguage());
    add(all, new PygrepLanguage());
    add(all, new PythonLanguage());
    add(all, new RLanguage());
    add(all, new RubyLanguage());
    add(all, new RustLanguage());
    add(all, new ScriptLanguage("script"));
    add(all, new ScriptLanguage("unsupported_script"));
    add(all, new SwiftLanguage());
    add(all, new SystemLanguage("system"));
    add(all, new SystemLanguage("unsupported"));
    // keep-sorted end
    return new Languages(Map.copyOf(all));
  }

  private static void add(Map<String, Language> all, Language language) {
    all.put(language.name(), language);
  }

  /** The names configs may use, aliases included. */
  public Set<String> names() {
    return languages.keySet();
  }

  public Optional<Language> find(String name) {
    return Optional.ofNullable(languages.get(name));
  }

  /** False for a language the config schema accepts but precommit has no runner for yet. */
  public boolean canRun(String name) {
    return !(languages.get(name) instanceof UnsupportedLanguage);
  }
}
