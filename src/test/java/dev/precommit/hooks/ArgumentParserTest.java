package dev.precommit.hooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArgumentParserTest {
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
}
