package dev.precommit.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.config.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HookScriptTest {
  @TempDir Path dir;

  @Test
  void rendersLauncherAndArgumentsBetweenTheTemplateMarkers() {
    String script =
        HookScript.render(
            Stage.PRE_PUSH, ".pre-commit-config.yaml", false, "/opt/p c/bin/precommit");

    assertThat(script)
        .startsWith("#!/bin/sh\n")
        .contains("# ID: " + HookScript.MARKER + " version: ")
        .contains(
            "# start templated\n"
                + "LAUNCHER='/opt/p c/bin/precommit'\n"
                + "set -- hook-impl --config=.pre-commit-config.yaml --hook-type=pre-push"
                + " --hook-dir \"$HERE\" -- \"$@\"\n"
                + "# end templated\n")
        .contains(" version: " + dev.precommit.Version.number() + "\n")
        .doesNotContain("@VERSION@");
  }

  @Test
  void skipOnMissingConfigAndOddConfigNamesAreQuoted() {
    String script = HookScript.render(Stage.COMMIT_MSG, "it's here.yaml", true, "");

    assertThat(script)
        .contains("LAUNCHER=''\n")
        .contains(
            "set -- hook-impl '--config=it'\"'\"'s here.yaml' --hook-type=commit-msg"
                + " --skip-on-missing-config --hook-dir");
  }

  @Test
  void shellQuoteLeavesPlainWordsBare() {
    assertThat(HookScript.shellQuote("--hook-type=pre-commit")).isEqualTo("--hook-type=pre-commit");
    assertThat(HookScript.shellQuote("a b")).isEqualTo("'a b'");
    assertThat(HookScript.shellQuote("$x")).isEqualTo("'$x'");
    assertThat(HookScript.shellQuote("")).isEqualTo("''");
  }

  @Test
  void recognisesOurShimsAndPreCommitsButNotOtherHooks() throws Exception {
    Path ours =
        Files.writeString(dir.resolve("ours"), HookScript.render(Stage.PRE_COMMIT, "c", false, ""));
    Path preCommits =
        Files.writeString(
            dir.resolve("theirs"), "#!/usr/bin/env bash\n# ID: 138fd403232d2ddd5efb44317e38bf03\n");
    Path foreign = Files.writeString(dir.resolve("foreign"), "#!/bin/sh\nmake lint\n");

    assertThat(HookScript.isOurs(ours)).isTrue();
    assertThat(HookScript.isOurs(preCommits)).isFalse();
    assertThat(HookScript.isReplaceable(preCommits)).isTrue();
    assertThat(HookScript.isOurs(foreign)).isFalse();
    assertThat(HookScript.isReplaceable(foreign)).isFalse();
    assertThat(HookScript.isOurs(dir.resolve("missing"))).isFalse();
  }
}
