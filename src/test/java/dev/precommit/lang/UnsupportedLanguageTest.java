package dev.precommit.lang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.process.ProcessResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnsupportedLanguageTest {
  @Test
  void theHookFailsWithOneLineNamingLanguageAndHook() throws Exception {
    Language docker = Languages.standard().find("docker").orElseThrow();
    ProcessResult result =
        docker.run(
            Hooks.of("https://example.com/x", Path.of("."), "docker", "x", List.of(), List.of()),
            List.of("a.txt"),
            new HookContext(Path.of("."), Map.of(), 1, false, Path.of("cache")));
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.outputText())
        .isEqualTo("language docker is not supported by precommit yet (hook the-hook)\n");
  }

  @Test
  void thePreCommitLanguagesWithoutARunnerAreRegistered() {
    for (String name : List.of("docker_image", "golang", "ruby", "rust")) {
      assertThat(Languages.standard().find(name)).get().isInstanceOf(UnsupportedLanguage.class);
    }
  }
}
