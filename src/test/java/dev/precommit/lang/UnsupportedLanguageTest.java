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
    Language cobol = new UnsupportedLanguage("cobol");
    ProcessResult result =
        cobol.run(
            Hooks.of("https://example.com/x", Path.of("."), "cobol", "x", List.of(), List.of()),
            List.of("a.txt"),
            new HookContext(Path.of("."), Map.of(), 1, false, Path.of("cache")));
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.outputText())
        .isEqualTo("language cobol is not supported by precommit yet (hook the-hook)\n");
  }

  @Test
  void everyPreCommitLanguageHasARunner() {
    for (String name :
        List.of(
            "conda",
            "coursier",
            "dart",
            "docker",
            "docker_image",
            "dotnet",
            "fail",
            "golang",
            "haskell",
            "julia",
            "lua",
            "node",
            "perl",
            "pygrep",
            "python",
            "r",
            "ruby",
            "rust",
            "script",
            "swift",
            "system",
            "unsupported",
            "unsupported_script")) {
      assertThat(Languages.standard().find(name)).get().isNotInstanceOf(UnsupportedLanguage.class);
    }
  }
}
