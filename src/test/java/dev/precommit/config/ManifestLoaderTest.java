package dev.precommit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestLoaderTest {
  @TempDir Path dir;

  private static final String MANIFEST =
      """
      -   id: check-yaml
          name: check yaml
          entry: check-yaml
          language: python
          types: [yaml]
          stages: [commit, push, manual]
      -   id: no-commit-to-branch
          name: "don't commit to branch"
          entry: no-commit-to-branch
          language: python
          pass_filenames: false
          always_run: true
          stages: [commit, merge-commit]
      -   id: plain
          name: plain
          entry: plain
          language: system
      """;

  @Test
  void hooksAreUnresolvedDefinitions() {
    LoadedManifest manifest = ManifestLoader.parse(MANIFEST, "m.yaml", "repo", w -> {});

    assertThat(manifest.hooks())
        .extracting(HookConfig::id)
        .containsExactly("check-yaml", "no-commit-to-branch", "plain");
    assertThat(manifest.hooks().get(0).stages())
        .containsExactly(Stage.PRE_COMMIT, Stage.PRE_PUSH, Stage.MANUAL);
    assertThat(manifest.hooks().get(1).passFilenames()).isFalse();
    assertThat(manifest.hooks().get(1).alwaysRun()).isTrue();
    assertThat(manifest.hooks().get(2).stages()).isEmpty();
    assertThat(manifest.hooks().get(2).languageVersion()).isEqualTo("default");
    assertThat(manifest.warnings()).isEmpty();
  }

  @Test
  void legacyStageNamesGiveTheRepositoryWarning() {
    LoadedManifest manifest = ManifestLoader.parse(MANIFEST, "m.yaml", "repo", w -> {});

    assertThat(manifest.legacyStages()).containsExactly("commit", "push", "merge-commit");
    assertThat(manifest.deprecatedStagesWarning("https://github.com/pre-commit/pre-commit-hooks"))
        .contains(
            "repo `https://github.com/pre-commit/pre-commit-hooks` uses deprecated stage names"
                + " (commit, push, merge-commit) which will be removed in a future version.  Hint:"
                + " often `precommit autoupdate --repo"
                + " https://github.com/pre-commit/pre-commit-hooks` will fix this.  if it does not"
                + " -- consider reporting an issue to that repo.");
    assertThat(manifest.deprecatedStagesWarning("../my repo"))
        .hasValueSatisfying(w -> assertThat(w).contains("--repo '../my repo'`"));
  }

  @Test
  void noLegacyStagesNoWarning() {
    LoadedManifest manifest =
        ManifestLoader.parse("- {id: a, name: a, entry: a, language: fail}\n", "m", "r", w -> {});

    assertThat(manifest.deprecatedStagesWarning("r")).isEmpty();
  }

  @Test
  void aMissingManifestIsAManifestError() {
    assertThatThrownBy(() -> ManifestLoader.load(dir.resolve("x.yaml"), "x.yaml", "r", w -> {}))
        .isInstanceOf(InvalidManifestException.class)
        .hasMessage("InvalidManifestError: \n=====> x.yaml is not a file");
  }

  @Test
  void yamlErrorsAreManifestErrors() {
    assertThatThrownBy(() -> ManifestLoader.parse("- id: [\n", "m.yaml", "r", w -> {}))
        .isInstanceOf(InvalidManifestException.class)
        .hasMessageStartingWith(
            "InvalidManifestError: \n==> File m.yaml\n=====> invalid YAML at line 2, column 1: ");
  }

  @Test
  void manifestHooksGetNoConfigHints() {
    LoadedManifest manifest =
        ManifestLoader.parse(
            "- {id: a, name: a, entry: a, language: fail, files: 'src/*', stages: [push]}\n",
            "m",
            "r",
            w -> {});

    assertThat(manifest.warnings()).isEmpty();
    assertThat(manifest.hooks().get(0).files()).isEqualTo("src/*");
    assertThat(manifest.legacyStages()).isEqualTo(List.of("push"));
  }
}
