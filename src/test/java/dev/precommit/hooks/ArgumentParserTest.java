package dev.precommit.hooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Expected texts were taken from Python 3.11's argparse with the same parser definitions (help
 * output aside: only its usage block is emulated).
 */
class ArgumentParserTest {
  private static final ArgumentParser LARGE =
      new ArgumentParser("check-added-large-files")
          .flag("enforce_all", "--enforce-all")
          .value("maxkb", null, "--maxkb");
  private static final ArgumentParser BRANCH =
      ArgumentParser.optionsOnly("no-commit-to-branch")
          .append("branch", List.of(), "-b", "--branch")
          .append("pattern", List.of(), "-p", "--pattern");
  private static final String LARGE_USAGE =
      "usage: check-added-large-files [-h] [--enforce-all] [--maxkb MAXKB]\n"
          + "                               [filenames ...]";

  private final ArgumentParser parser =
      new ArgumentParser("tool")
          .choice("fix", "auto", List.of("auto", "lf"), "-f", "--fix")
          .flag("multi", "-m", "--multi", "--allow-multiple-documents")
          .append("domain", List.of("github.com"), "--additional-github-domain")
          .flag("ignore_case", "--ignore-case")
          .flag("unique", "--unique")
          .exclusive("ignore_case", "unique");

  private static String output(CheckAbortedException e) {
    return new String(e.output(), StandardCharsets.UTF_8);
  }

  @Test
  void acceptsTheFormsArgparseAccepts() throws CheckAbortedException {
    assertThat(parser.parse(List.of("--fix=lf")).value("fix")).contains("lf");
    assertThat(parser.parse(List.of("--fix", "lf")).value("fix")).contains("lf");
    assertThat(parser.parse(List.of("-flf")).value("fix")).contains("lf");
    assertThat(parser.parse(List.of("-f", "lf")).value("fix")).contains("lf");
    assertThat(parser.parse(List.of("--fi=lf")).value("fix")).contains("lf");
    assertThat(parser.parse(List.of()).value("fix")).contains("auto");
    assertThat(parser.parse(List.of("--allow-multiple")).flag("multi")).isTrue();
    assertThat(parser.parse(List.of("-m")).flag("multi")).isTrue();
    assertThat(
            parser
                .parse(List.of("--additional-github-domain=a", "--additional-github-domain", "b"))
                .list("domain"))
        .containsExactly("github.com", "a", "b");
    assertThat(parser.parse(List.of("--", "--fix")).positionals()).containsExactly("--fix");
  }

  @Test
  void rejectsLikeArgparseWithExitCode2() {
    assertThatThrownBy(() -> parser.parse(List.of("--fix=cr")))
        .isInstanceOfSatisfying(
            CheckAbortedException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(2);
              assertThat(output(e))
                  .endsWith(
                      "tool: error: argument -f/--fix: invalid choice: 'cr' (choose from 'auto',"
                          + " 'lf')\n")
                  .startsWith("usage: tool [-h] [-f {auto,lf}] [-m]");
            });
    assertThatThrownBy(() -> parser.parse(List.of("--fix")))
        .hasMessageEndingWith("tool: error: argument -f/--fix: expected one argument");
    assertThatThrownBy(() -> parser.parse(List.of("--nope")))
        .hasMessageEndingWith("tool: error: unrecognized arguments: --nope");
    assertThatThrownBy(() -> parser.parse(List.of("--multi=1")))
        .hasMessageEndingWith(
            "argument -m/--multi/--allow-multiple-documents: ignored explicit argument '1'");
    assertThatThrownBy(() -> parser.parse(List.of("--unique", "--ignore-case")))
        .hasMessageEndingWith("argument --ignore-case: not allowed with argument --unique");
    assertThatThrownBy(
            () ->
                new ArgumentParser("t")
                    .flag("a", "--abc")
                    .flag("b", "--abd")
                    .parse(List.of("--ab")))
        .hasMessageEndingWith("ambiguous option: --ab could match --abc, --abd");
  }

  @Test
  void usageWrapsAtSeventyEightColumnsAsArgparseDoes() {
    assertThat(LARGE.usage()).isEqualTo(LARGE_USAGE);
    assertThat(BRANCH.usage())
        .isEqualTo("usage: no-commit-to-branch [-h] [-b BRANCH] [-p PATTERN]");
    assertThat(
            new ArgumentParser("check-merge-conflict")
                .flag("assume_in_merge", "--assume-in-merge")
                .usage())
        .isEqualTo("usage: check-merge-conflict [-h] [--assume-in-merge] [filenames ...]");
    assertThat(new ArgumentParser("check-shebang-scripts-are-executable").usage())
        .isEqualTo("usage: check-shebang-scripts-are-executable [-h] [filenames ...]");
  }

  @Test
  void parsesPrefixesEqualsFormsAndNegativeNumbers() throws CheckAbortedException {
    ArgumentParser.Parsed parsed = LARGE.parse(List.of("--max=3", "--e", "f"));
    assertThat(parsed.value("maxkb")).contains("3");
    assertThat(parsed.flag("enforce_all")).isTrue();
    assertThat(parsed.filenames(List.of("g"))).containsExactly("f", "g");
    assertThat(LARGE.parse(List.of("--maxkb", "-3")).value("maxkb")).contains("-3");
    assertThat(LARGE.parse(List.of("--maxkb= 1_0 ")).integer("maxkb", 500)).isEqualTo(10);
    assertThat(LARGE.parse(List.of()).integer("maxkb", 500)).isEqualTo(500);
  }

  @Test
  void appendCollectsShortAttachedAndLongForms() throws CheckAbortedException {
    ArgumentParser.Parsed parsed =
        BRANCH.parse(List.of("-bfoo", "--branch=x", "--br", "y", "-p", "a.*"));
    assertThat(parsed.list("branch")).containsExactly("foo", "x", "y");
    assertThat(parsed.list("pattern")).containsExactly("a.*");
  }

  @Test
  void errorsAreArgparsesWords() {
    assertThatThrownBy(() -> LARGE.parse(List.of("--maxkb")))
        .isInstanceOfSatisfying(
            CheckAbortedException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(2);
              assertThat(output(e))
                  .isEqualTo(
                      LARGE_USAGE
                          + "\ncheck-added-large-files: error: argument --maxkb: expected one"
                          + " argument\n");
            });
    assertThatThrownBy(() -> LARGE.parse(List.of("--enforce-all=1")))
        .hasMessageEndingWith(
            "check-added-large-files: error: argument --enforce-all: ignored explicit argument"
                + " '1'");
    assertThatThrownBy(() -> LARGE.parse(List.of("--foo", "a")))
        .hasMessageEndingWith("check-added-large-files: error: unrecognized arguments: --foo");
    assertThatThrownBy(() -> BRANCH.parse(List.of("-b")))
        .isInstanceOfSatisfying(
            CheckAbortedException.class,
            e ->
                assertThat(output(e))
                    .isEqualTo(
                        "usage: no-commit-to-branch [-h] [-b BRANCH] [-p PATTERN]\n"
                            + "no-commit-to-branch: error: argument -b/--branch: expected one"
                            + " argument\n"));
    assertThatThrownBy(() -> BRANCH.parse(List.of("stray")))
        .hasMessageEndingWith("no-commit-to-branch: error: unrecognized arguments: stray");
  }

  @Test
  void followsArgparseInItsCorners() throws CheckAbortedException {
    assertThatThrownBy(() -> LARGE.parse(List.of("--he")))
        .isInstanceOfSatisfying(
            CheckAbortedException.class,
            e -> {
              assertThat(e.exitCode()).isZero();
              assertThat(output(e)).isEqualTo(LARGE_USAGE + "\n");
            });
    assertThatThrownBy(() -> LARGE.parse(List.of("--enforce-all=it's")))
        .hasMessageEndingWith("argument --enforce-all: ignored explicit argument \"it's\"");
    assertThatThrownBy(() -> LARGE.parse(List.of("--maxkb", "-5.")))
        .hasMessageEndingWith("argument --maxkb: expected one argument");
    assertThatThrownBy(() -> LARGE.parse(List.of("-5.")))
        .hasMessageEndingWith("check-added-large-files: error: unrecognized arguments: -5.");
    assertThat(LARGE.parse(List.of("-.5")).positionals()).containsExactly("-.5");
  }

  @Test
  void aBadIntIsArgparsesTypeError() {
    assertThatThrownBy(() -> LARGE.parse(List.of("--maxkb=x")).integer("maxkb", 500))
        .isInstanceOfSatisfying(
            CheckAbortedException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(2);
              assertThat(output(e))
                  .isEqualTo(
                      LARGE_USAGE
                          + "\ncheck-added-large-files: error: argument --maxkb: invalid int"
                          + " value: 'x'\n");
            });
  }
}
