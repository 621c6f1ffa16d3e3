package dev.precommit.hooks.formatters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.precommit.config.Config;
import dev.precommit.config.ConfigLoader;
import dev.precommit.config.HookConfigs;
import dev.precommit.config.RepoConfig;
import dev.precommit.hooks.BuiltinChecks;
import dev.precommit.hooks.Check;
import dev.precommit.hooks.meta.MetaHooks;
import dev.precommit.install.HookCheckup;
import dev.precommit.lang.Languages;
import dev.precommit.repo.ConfiguredHooks;
import dev.precommit.repo.Hook;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Which language-formatters entries run in-process, and the hooks they become. */
class LanguageFormattersTest {
  private static final String URL =
      "https://github.com/macisamuele/language-formatters-pre-commit-hooks";

  private static Config config(String repo, String rev, String hooks) {
    String text = "repos:\n- repo: " + repo + "\n  rev: " + rev + "\n  hooks:\n" + hooks.indent(2);
    return ConfigLoader.parse(text, ".pre-commit-config.yaml").config();
  }

  private static Config repo(String rev, String hooks) {
    return config(URL, rev, hooks);
  }

  /** True when every hook of the config's one entry runs in-process. */
  private static boolean runsInProcess(Config config) {
    LanguageFormatters formatters = new LanguageFormatters();
    RepoConfig repo = config.repos().get(0);
    return formatters.matches(repo.repo())
        && repo.hooks().stream()
            .allMatch(entry -> formatters.hook(repo.rev(), entry, config).isPresent());
  }

  /** The hooks the config's one entry becomes; a clone is a test failure. */
  private static List<Hook> resolve(Config config) {
    return resolve(
        config,
        repo -> {
          throw new AssertionError("cloned " + repo.hooks());
        });
  }

  /** The hooks the config's one entry becomes, with {@code remote} standing for a clone. */
  private static List<Hook> resolve(Config config, Function<RepoConfig, List<Hook>> remote) {
    return ConfiguredHooks.resolve(
        config, Path.of("/work"), BuiltinChecks.standard(), MetaHooks.standard(), null, remote);
  }

  private static Hook pythonHook(String repo, String id, Config config) {
    Map<String, Object> definition =
        Map.of("id", id, "name", id, "entry", id, "language", "python");
    return new Hook(repo, HookConfigs.fromLocal(definition, config), Path.of("/work"));
  }

  private static Optional<Check> check(Hook hook) {
    return new LanguageFormatters().check(hook.id());
  }

  @Test
  void aKnownReleaseWithPrettyFormatJavaRunsInProcess() {
    assertThat(runsInProcess(repo("v2.16.0", "- id: pretty-format-java"))).isTrue();
    // autoupdate --freeze pins the tag's commit.
    assertThat(
            runsInProcess(
                repo("4380fbb73a154b5f5624794c1c78d9719ccc860f", "- id: pretty-format-java")))
        .isTrue();
    for (String url :
        List.of(
            URL + ".git",
            URL + "/",
            "http://github.com/macisamuele/language-formatters-pre-commit-hooks",
            "git@github.com:macisamuele/language-formatters-pre-commit-hooks.git")) {
      assertThat(runsInProcess(config(url, "v2.15.0", "- id: pretty-format-java")))
          .as(url)
          .isTrue();
    }
  }

  @Test
  void anythingElseRunsThePythonHook() {
    assertThat(runsInProcess(repo("v2.13.0", "- id: pretty-format-java")))
        .as("a release this package does not reproduce")
        .isFalse();
    assertThat(runsInProcess(repo("v2.16.0", "- id: pretty-format-yaml"))).isFalse();
    assertThat(
            runsInProcess(
                repo(
                    "v2.16.0",
                    "- id: pretty-format-kotlin\n  args: [--formatter-jar-checksum=ab]")))
        .isFalse();
    assertThat(
            runsInProcess(
                repo(
                    "v2.14.0",
                    "- id: pretty-format-kotlin\n  args: [--ktfmt, --ktfmt-version=0.55]")))
        .as("v2.14.0 fails to download ktfmt 0.55 and later")
        .isFalse();
    assertThat(runsInProcess(repo("v2.16.0", "- id: pretty-format-java\n- id: pretty-format-yaml")))
        .isFalse();
    assertThat(runsInProcess(repo("v2.16.0", "- id: pretty-format-java\n  args: [--palantir]")))
        .isFalse();
    assertThat(
            runsInProcess(
                repo("v2.16.0", "- id: pretty-format-java\n  args: [--formatter-jar-checksum=ab]")))
        .isFalse();
    assertThat(
            runsInProcess(
                config("https://github.com/someone/else", "v2.16.0", "- id: pretty-format-java")))
        .isFalse();
  }

  @Test
  void prettyFormatKotlinRunsInProcess() {
    assertThat(
            runsInProcess(
                repo(
                    "v2.16.0",
                    "- id: pretty-format-kotlin\n- id: pretty-format-java\n"
                        + "- id: pretty-format-kotlin\n  args: [--ktfmt, --ktfmt-style=google]")))
        .isTrue();
    assertThat(runsInProcess(repo("v2.14.0", "- id: pretty-format-kotlin\n  args: [--ktfmt]")))
        .isTrue();
  }

  @Test
  void theRevsDefaultKotlinVersionsAreMadeExplicit() {
    Config config =
        config(
            URL,
            "v2.15.0",
            """
            - id: pretty-format-kotlin
              args: [--autofix]
            - id: pretty-format-kotlin
              alias: pinned
              args: [--ktfmt, --ktfmt-version=0.50, --ktlint-version=1.0.0]
            """);
    List<Hook> hooks = resolve(config);
    assertThat(hooks.get(0).config().args())
        .containsExactly("--ktlint-version=1.6.0", "--ktfmt-version=0.55", "--autofix");
    assertThat(hooks.get(1).config().args())
        .containsExactly("--ktfmt", "--ktfmt-version=0.50", "--ktlint-version=1.0.0");
    assertThat(hooks.get(0).config().name()).isEqualTo("KTLint");
    assertThat(hooks.get(0).config().types()).containsExactly("kotlin");
    assertThat(check(hooks.get(0))).containsInstanceOf(PrettyFormatKotlin.class);
  }

  @Test
  void theRevsDefaultVersionIsMadeExplicit() {
    Config config =
        config(
            URL,
            "v2.14.0",
            """
            - id: pretty-format-java
              args: [--autofix]
            - id: pretty-format-java
              alias: pinned
              args: [--google-java-formatter-version=1.28.0]
            - id: pretty-format-java
              alias: jar
              args: [--google-java-formatter-jar, gjf.jar]
            """);
    List<Hook> hooks = resolve(config);
    assertThat(hooks).extracting(h -> h.config().language()).containsOnly("builtin");
    assertThat(hooks.get(0).config().args())
        .containsExactly("--google-java-formatter-version=1.22.0", "--autofix");
    assertThat(hooks.get(1).config().args())
        .containsExactly("--google-java-formatter-version=1.28.0");
    assertThat(hooks.get(2).config().args())
        .containsExactly("--google-java-formatter-jar", "gjf.jar");
    assertThat(hooks.get(0).config().name()).isEqualTo("Google (or Palantir) Java Formatter");
    assertThat(hooks.get(0).config().requireSerial()).isTrue();
    assertThat(hooks.get(0).config().types()).containsExactly("java");
    assertThat(check(hooks.get(0))).containsInstanceOf(PrettyFormatJava.class);
  }

  @Test
  void configuredHooksResolveItWithoutAClone() {
    assertThat(resolve(config(URL, "v2.16.0", "- id: pretty-format-java")))
        .singleElement()
        .satisfies(h -> assertThat(h.config().language()).isEqualTo("builtin"));
  }

  @Test
  void anEntryMixingInProcessAndPythonHooksClonesOnlyForThePythonOnes() {
    Config config =
        config(
            URL,
            "v2.16.0",
            "- id: pretty-format-yaml\n- id: pretty-format-java\n- id: pretty-format-toml");
    List<List<String>> cloned = new ArrayList<>();
    List<Hook> hooks =
        resolve(
            config,
            repo -> {
              List<String> ids = repo.hooks().stream().map(e -> (String) e.get("id")).toList();
              cloned.add(ids);
              return ids.stream().map(id -> pythonHook(repo.repo(), id, config)).toList();
            });
    assertThat(cloned).containsExactly(List.of("pretty-format-yaml", "pretty-format-toml"));
    assertThat(hooks)
        .extracting(Hook::id, h -> h.config().language())
        .containsExactly(
            tuple("pretty-format-yaml", "python"),
            tuple("pretty-format-java", "builtin"),
            tuple("pretty-format-toml", "python"));
  }

  @Test
  void installHooksFindsNothingToFetch() {
    Config config = config(URL, "v2.16.0", "- id: pretty-format-java");
    HookCheckup checkup =
        HookCheckup.of(
            config,
            Path.of("/work"),
            Map.of(),
            Languages.standard(),
            repo -> {
              throw new AssertionError("cloned " + repo.repo());
            });
    assertThat(checkup.problems()).isEmpty();
    assertThat(checkup.hooks()).extracting(Hook::id).containsExactly("pretty-format-java");
  }
}
