package dev.precommit.hooks.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.config.Stage;
import dev.precommit.hooks.BuiltinChecks;
import dev.precommit.hooks.CheckInfo;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Registry ids, and manifest defaults copied from pre-commit-hooks v6.0.0's manifest. */
class GitChecksRegistryTest {
  private static final List<Stage> FILE_STAGES =
      List.of(Stage.PRE_COMMIT, Stage.PRE_PUSH, Stage.MANUAL);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "check-added-large-files|check for added large files|file|true",
        "check-case-conflict|check for case conflicts|file|false",
        "check-executables-have-shebangs|check that executables have shebangs|text executable|true",
        "check-illegal-windows-names|check illegal windows names|file|false",
        "check-merge-conflict|check for merge conflicts|text|false",
        "check-shebang-scripts-are-executable|check that scripts with shebangs are executable"
            + "|text|true",
        "check-symlinks|check for broken symlinks|symlink|false",
        "destroyed-symlinks|detect destroyed symlinks|file|true",
        "forbid-new-submodules|forbid new submodules|directory|false",
        "forbid-submodules|forbid submodules|directory|false",
        "google-java-format|google-java-format|java|false",
        "no-commit-to-branch|don't commit to branch|file|false",
      })
  void manifestDefaults(String id, String name, String types, boolean fileStages) {
    CheckInfo info = BuiltinChecks.standard().find(id).orElseThrow().info();

    assertThat(info.id()).isEqualTo(id);
    assertThat(info.name()).isEqualTo(name);
    assertThat(info.types()).containsExactly(types.split(" "));
    assertThat(info.stages()).isEqualTo(fileStages ? FILE_STAGES : List.of(Stage.values()));
    assertThat(info.passFilenames()).isEqualTo(!id.equals("no-commit-to-branch"));
    assertThat(info.alwaysRun()).isEqualTo(id.equals("no-commit-to-branch"));
    assertThat(info.fixer()).isEqualTo(id.equals("google-java-format"));
  }

  @ParameterizedTest
  @CsvSource({"maven-test", "gradle-test"})
  void testRunnersTakeNoFilenamesAndRunAlone(String id) {
    CheckInfo info = BuiltinChecks.standard().find(id).orElseThrow().info();

    assertThat(info.id()).isEqualTo(id);
    assertThat(info.passFilenames()).isFalse();
    assertThat(info.requireSerial()).isTrue();
    assertThat(info.stages()).isEqualTo(FILE_STAGES);
  }
}
