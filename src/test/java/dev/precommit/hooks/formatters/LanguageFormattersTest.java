package dev.precommit.hooks.formatters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.config.Config;
import dev.precommit.config.ConfigLoader;
import dev.precommit.config.RepoConfig;
import dev.precommit.hooks.BuiltinChecks;
import dev.precommit.hooks.meta.MetaHooks;
import dev.precommit.install.HookCheckup;
import dev.precommit.lang.Languages;
import dev.precommit.repo.ConfiguredHooks;
import dev.precommit.repo.Hook;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which language-formatters entries run in-process, and the hooks they become. */
class LanguageFormattersTest {
  private static final String URL =
      "https://github.com/macisamuele/language-formatters-pre-commit-hooks";

  private static Config config(String repo, String rev, String hooks) {
    String text = "repos:\n- repo: " + repo + "\n  rev: " + rev + "\n  hooks:\n" + hooks.indent(2);
    return ConfigLoader.parse(text, ".pre-commit-config.yaml").config();
  }

  private static RepoConfig repo(String rev, String hooks) {
    return config(URL, rev, hooks).repos().get(0);
  }

  @Test
  void aKnownReleaseWithPrettyFormatJavaRunsInProcess() {
    assertThat(LanguageFormatters.runsInProcess(repo("v2.16.0", "- id: pretty-format-java")))
        .isTrue();
    // autoupdate --freeze pins the tag's commit.
    assertThat(
            LanguageFormatters.runsInProcess(
                repo("4380fbb73a154b5f5624794c1c78d9719ccc860f", "- id: pretty-format-java")))
        .isTrue();
    for (String url :
        List.of(
            URL + ".git",
            URL + "/",
            "http://github.com/macisamuele/language-formatters-pre-commit-hooks",
            "git@github.com:macisamuele/language-formatters-pre-commit-hooks.git")) {
      assertThat(
              LanguageFormatters.runsInProcess(
                  config(url, "v2.15.0", "- id: pretty-format-java").repos().get(0)))
          .as(url)
          .isTrue();
    }
  }

  @Test
  void anythingElseRunsThePythonHook() {
    assertThat(LanguageFormatters.runsInProcess(repo("v2.13.0", "- id: pretty-format-java")))
        .as("a release this package does not reproduce")
        .isFalse();
    assertThat(LanguageFormatters.runsInProcess(repo("v2.16.0", "- id: pretty-format-yaml")))
        .isFalse();
    assertThat(
            LanguageFormatters.runsInProcess(
                repo(
                    "v2.16.0",
                    "- id: pretty-format-kotlin\n  args: [--formatter-jar-checksum=ab]")))
        .isFalse();
    assertThat(
            LanguageFormatters.runsInProcess(
                repo(
                    "v2.14.0",
                    "- id: pretty-format-kotlin\n  args: [--ktfmt, --ktfmt-version=0.55]")))
        .as("v2.14.0 fails to download ktfmt 0.55 and later")
        .isFalse();
    assertThat(
            LanguageFormatters.runsInProcess(
                repo("v2.16.0", "- id: pretty-format-java\n- id: pretty-format-yaml")))
        .isFalse();
    assertThat(
            LanguageFormatters.runsInProcess(
                repo("v2.16.0", "- id: pretty-format-java\n  args: [--palantir]")))
        .isFalse();
    assertThat(
            LanguageFormatters.runsInProcess(
                repo("v2.16.0", "- id: pretty-format-java\n  args: [--formatter-jar-checksum=ab]")))
        .isFalse();
    assertThat(
            LanguageFormatters.runsInProcess(
                config("https://github.com/someone/else", "v2.16.0", "- id: pretty-format-java")
                    .repos()
                    .get(0)))
        .isFalse();
  }

  @Test
  void prettyFormatKotlinRunsInProcess() {
    assertThat(
            LanguageFormatters.runsInProcess(
                repo(
                    "v2.16.0",
                    "- id: pretty-format-kotlin\n- id: pretty-format-java\n"
                        + "- id: pretty-format-kotlin\n  args: [--ktfmt, --ktfmt-style=google]")))
        .isTrue();
    assertThat(
            LanguageFormatters.runsInProcess(
                repo("v2.14.0", "- id: pretty-format-kotlin\n  args: [--ktfmt]")))
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
    List<Hook> hooks = LanguageFormatters.resolve(config.repos().get(0), config, Path.of("/work"));
    assertThat(hooks.get(0).config().args())
        .containsExactly("--ktlint-version=1.6.0", "--ktfmt-version=0.55", "--autofix");
    assertThat(hooks.get(1).config().args())
        .containsExactly("--ktfmt", "--ktfmt-version=0.50", "--ktlint-version=1.0.0");
    assertThat(hooks.get(0).config().name()).isEqualTo("KTLint");
    assertThat(hooks.get(0).config().types()).containsExactly("kotlin");
    assertThat(LanguageFormatters.find(hooks.get(0))).containsInstanceOf(PrettyFormatKotlin.class);
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
    List<Hook> hooks = LanguageFormatters.resolve(config.repos().get(0), config, Path.of("/work"));
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
    assertThat(LanguageFormatters.find(hooks.get(0))).containsInstanceOf(PrettyFormatJava.class);
  }

  @Test
  void configuredHooksResolveItWithoutAClone() {
    Config inProcess = config(URL, "v2.16.0", "- id: pretty-format-java");
    Config python = config(URL, "v2.16.0", "- id: pretty-format-yaml");
    List<RepoConfig> cloned = new ArrayList<>();
    List<Hook> hooks =
        ConfiguredHooks.resolve(
            inProcess,
            Path.of("/work"),
            BuiltinChecks.standard(),
            MetaHooks.standard(),
            null,
            repo -> {
              cloned.add(repo);
              return List.of();
            });
    assertThat(cloned).isEmpty();
    assertThat(hooks)
        .singleElement()
        .satisfies(h -> assertThat(h.id()).isEqualTo("pretty-format-java"));
    assertThat(LanguageFormatters.runsInProcess(inProcess.repos().get(0))).isTrue();
    assertThat(LanguageFormatters.runsInProcess(python.repos().get(0))).isFalse();
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
