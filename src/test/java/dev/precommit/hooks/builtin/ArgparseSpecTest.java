package dev.precommit.hooks.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected texts were taken from Python 3.11's argparse with the same parser definitions. */
class ArgparseSpecTest {
  private static final ArgparseSpec LARGE =
      ArgparseSpec.withFilenames("check-added-large-files").flag("--enforce-all").value("--maxkb");
  private static final ArgparseSpec BRANCH =
      ArgparseSpec.withoutFilenames("no-commit-to-branch")
          .append("-b", "--branch")
          .append("-p", "--pattern");
  private static final String LARGE_USAGE =
      "usage: check-added-large-files [-h] [--enforce-all] [--maxkb MAXKB]\n"
          + "                               [filenames ...]\n";

  @Test
  void usageWrapsAtSeventyEightColumnsAsArgparseDoes() {
    assertThat(LARGE.usage()).isEqualTo(LARGE_USAGE);
    assertThat(BRANCH.usage())
        .isEqualTo("usage: no-commit-to-branch [-h] [-b BRANCH] [-p PATTERN]\n");
    assertThat(ArgparseSpec.withFilenames("check-merge-conflict").flag("--assume-in-merge").usage())
        .isEqualTo("usage: check-merge-conflict [-h] [--assume-in-merge] [filenames ...]\n");
    assertThat(ArgparseSpec.withFilenames("check-shebang-scripts-are-executable").usage())
        .isEqualTo("usage: check-shebang-scripts-are-executable [-h] [filenames ...]\n");
  }

  @Test
  void parsesPrefixesEqualsFormsAndNegativeNumbers() throws Exception {
    ArgparseSpec.Parsed parsed = LARGE.parse(List.of("--max=3", "--e", "f"));
    assertThat(parsed.value("maxkb")).contains("3");
    assertThat(parsed.flag("enforce_all")).isTrue();
    assertThat(parsed.filenames(List.of("g"))).containsExactly("f", "g");
    assertThat(LARGE.parse(List.of("--maxkb", "-3")).value("maxkb")).contains("-3");
    assertThat(ArgparseSpec.pythonInt(" 1_0 ")).isEqualTo(10);
  }

  @Test
  void appendCollectsShortAttachedAndLongForms() throws Exception {
    ArgparseSpec.Parsed parsed =
        BRANCH.parse(List.of("-bfoo", "--branch=x", "--br", "y", "-p", "a.*"));
    assertThat(parsed.values("branch")).containsExactly("foo", "x", "y");
    assertThat(parsed.values("pattern")).containsExactly("a.*");
  }

  @Test
  void errorsAreArgparsesWords() {
    assertThatThrownBy(() -> LARGE.parse(List.of("--maxkb")))
        .isInstanceOfSatisfying(
            ArgparseSpec.UsageError.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(2);
              assertThat(e.text())
                  .isEqualTo(
                      LARGE_USAGE
                          + "check-added-large-files: error: argument --maxkb: expected one"
                          + " argument\n");
            });
    assertThatThrownBy(() -> LARGE.parse(List.of("--enforce-all=1")))
        .hasMessageEndingWith(
            "check-added-large-files: error: argument --enforce-all: ignored explicit argument"
                + " '1'\n");
    assertThatThrownBy(() -> LARGE.parse(List.of("--foo", "a")))
        .hasMessageEndingWith("check-added-large-files: error: unrecognized arguments: --foo\n");
    assertThatThrownBy(() -> BRANCH.parse(List.of("-b")))
        .hasMessage(
            "usage: no-commit-to-branch [-h] [-b BRANCH] [-p PATTERN]\n"
                + "no-commit-to-branch: error: argument -b/--branch: expected one argument\n");
    assertThatThrownBy(() -> BRANCH.parse(List.of("stray")))
        .hasMessageEndingWith("no-commit-to-branch: error: unrecognized arguments: stray\n");
  }

  @Test
  void pythonReprQuotesAsPythonDoes() {
    assertThat(ArgparseSpec.pythonRepr("x")).isEqualTo("'x'");
    assertThat(ArgparseSpec.pythonRepr("it's")).isEqualTo("\"it's\"");
    assertThat(ArgparseSpec.pythonRepr("a\tb")).isEqualTo("'a\\tb'");
  }
}
