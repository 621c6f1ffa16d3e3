package dev.precommit.hooks.builtin;

import static dev.precommit.hooks.builtin.GitCheckFixture.context;
import static dev.precommit.hooks.builtin.GitCheckFixture.output;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.hooks.CheckResult;
import dev.precommit.select.PythonRegex;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IllegalWindowsNamesCheckTest {
  private static final Pattern FILES =
      PythonRegex.compile(new IllegalWindowsNamesCheck().info().files());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CON",
        "con.txt",
        "dir/aux",
        "NUL/x",
        "com1.log",
        "LPT\u00b9",
        "a:b",
        "what?",
        "star*",
        "quote\"",
        "back\\slash",
        "pipe|",
        "lt<",
        "gt>",
        "ctl\u0001",
        "trailing.",
        "space ",
        "a/dir./x",
        "a/dir /x"
      })
  void illegalNamesMatchTheHooksFilesPattern(String name) {
    assertThat(FILES.matcher(name).find()).as(name).isTrue();
  }

  /** {@code top./x} too: the pattern only sees a trailing dot or space below the top level. */
  @ParameterizedTest
  @ValueSource(strings = {"console.txt", "a/b.txt", "com.txt", "lpt", "nul_x", "x.y/z", "top./x"})
  void ordinaryNamesDoNotMatch(String name) {
    assertThat(FILES.matcher(name).find()).as(name).isFalse();
  }

  @Test
  void everySelectedFileIsListedAsTheFailLanguageDoes(@TempDir Path dir) {
    TempGitRepo repo = TempGitRepo.init(dir.resolve("repo"));

    CheckResult result =
        new IllegalWindowsNamesCheck().run(context(repo), List.of("CON", "a:b"), List.of());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(output(result)).isEqualTo("Illegal Windows filenames detected\n\nCON\na:b\n");
  }
}
