package dev.precommit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precommit.FatalException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HookConfigsTest {
  private static Config config(String yaml) {
    return ConfigLoader.parse(yaml, Constants.CONFIG_FILE).config();
  }

  private static final String LOCAL =
      """
      repos:
      -   repo: local
          hooks:
          -   id: fmt
              name: Format
              entry: ./fmt.sh --check
              language: python
      """;

  @Test
  void aLocalHookGetsEveryDefault() {
    Config config = config(LOCAL);

    HookConfig hook = HookConfigs.fromLocal(config.repos().get(0).hooks().get(0), config);

    assertThat(hook)
        .isEqualTo(
            new HookConfig(
                "fmt",
                "Format",
                "./fmt.sh --check",
                "python",
                "",
                "",
                "^$",
                List.of("file"),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                false,
                false,
                true,
                "",
                "default",
                "",
                false,
                List.of(Stage.values()),
                false,
                "0",
                java.util.OptionalInt.empty()));
  }

  @Test
  void defaultStagesAndLanguageVersionApplyWhenTheHookSetsNeither() {
    Config config =
        config(
            "default_stages: [pre-push]\ndefault_language_version: {python: python3.12}\n" + LOCAL);

    HookConfig hook = HookConfigs.fromLocal(config.repos().get(0).hooks().get(0), config);

    assertThat(hook.stages()).containsExactly(Stage.PRE_PUSH);
    assertThat(hook.languageVersion()).isEqualTo("python3.12");
  }

  @Test
  void theHooksOwnStagesAndLanguageVersionWin() {
    Config config =
        config(
            """
            default_stages: [pre-push]
            default_language_version: {python: python3.12}
            repos:
            -   repo: local
                hooks:
                -   id: fmt
                    name: Format
                    entry: fmt
                    language: python
                    language_version: python3.9
                    stages: [commit, manual]
            """);

    HookConfig hook = HookConfigs.fromLocal(config.repos().get(0).hooks().get(0), config);

    assertThat(hook.stages()).containsExactly(Stage.PRE_COMMIT, Stage.MANUAL);
    assertThat(hook.languageVersion()).isEqualTo("python3.9");
  }

  @Test
  void emptyStagesMeanDefaultStages() {
    Config config =
        config(
            """
            default_stages: [manual]
            repos:
            -   repo: local
                hooks:
                -   {id: a, name: a, entry: a, language: system, stages: []}
            """);

    assertThat(HookConfigs.fromLocal(config.repos().get(0).hooks().get(0), config).stages())
        .containsExactly(Stage.MANUAL);
  }

  @Test
  void overridesReplaceKeyByKeyOverTheDefinition() {
    HookConfig definition =
        HookConfigs.definition(
            Map.of(
                "id", "trailing-whitespace",
                "name", "trim trailing whitespace",
                "entry", "trailing-whitespace-fixer",
                "language", "python",
                "types", List.of("text"),
                "args", List.of("--a"),
                "stages", List.of("pre-commit", "pre-push")));
    Config config =
        config(
            """
            default_language_version: {python: python3.11}
            repos:
            -   repo: https://github.com/pre-commit/pre-commit-hooks
                rev: v6.0.0
                hooks:
                -   id: trailing-whitespace
                    args: [--markdown-linebreak-ext=md]
                    exclude: ^docs/
                    verbose: true
            """);

    HookConfig hook = HookConfigs.merge(definition, config.repos().get(0).hooks().get(0), config);

    assertThat(hook.name()).isEqualTo("trim trailing whitespace");
    assertThat(hook.entry()).isEqualTo("trailing-whitespace-fixer");
    assertThat(hook.types()).containsExactly("text");
    assertThat(hook.args()).containsExactly("--markdown-linebreak-ext=md");
    assertThat(hook.exclude()).isEqualTo("^docs/");
    assertThat(hook.verbose()).isTrue();
    assertThat(hook.stages()).containsExactly(Stage.PRE_COMMIT, Stage.PRE_PUSH);
    assertThat(hook.languageVersion()).isEqualTo("python3.11");
  }

  @Test
  void aDefinitionWithoutStagesTakesTheConfigsDefaultStages() {
    HookConfig definition =
        HookConfigs.definition(
            Map.of(
                "id",
                "identity",
                "name",
                "identity",
                "entry",
                "x",
                "language",
                "unsupported",
                "verbose",
                true));
    Config config =
        config(
            "default_stages: [pre-commit]\nrepos:\n- repo: meta\n  hooks:\n"
                + "  - id: identity\n    name: me\n");

    HookConfig hook = HookConfigs.merge(definition, config.repos().get(0).hooks().get(0), config);

    assertThat(hook.name()).isEqualTo("me");
    assertThat(hook.verbose()).isTrue();
    assertThat(hook.stages()).containsExactly(Stage.PRE_COMMIT);
  }

  @Test
  void aHookNeedingANewerPreCommitIsRefused() {
    Config config =
        config(
            """
            repos:
            -   repo: local
                hooks:
                -   id: new
                    name: new
                    entry: x
                    language: system
                    minimum_pre_commit_version: '5.0.0'
            """);

    assertThatThrownBy(() -> HookConfigs.fromLocal(config.repos().get(0).hooks().get(0), config))
        .isInstanceOf(FatalException.class)
        .hasMessage(
            "The hook `new` requires pre-commit version 5.0.0 but precommit is compatible with"
                + " version 4.6.2.  Perhaps upgrade precommit.");
  }
}
