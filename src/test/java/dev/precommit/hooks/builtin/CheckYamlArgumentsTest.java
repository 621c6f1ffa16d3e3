package dev.precommit.hooks.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.precommit.hooks.CheckAbortedException;
import dev.precommit.testing.TempGitRepo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * check-yaml reads its args in argparse's corners as pre-commit-hooks 6.0.0's {@code check-yaml}
 * script does under Python 3.11 (texts taken from running it); it used to read them leniently.
 */
class CheckYamlArgumentsTest {
  private static final String USAGE = "usage: check-yaml [-h] [-m] [--unsafe] [filenames ...]\n";

  @TempDir Path dir;

  private CheckAbortedException abort(String... args) {
    Throwable thrown =
        catchThrowable(
            () ->
                new CheckYaml()
                    .prepare(List.of(args), GitCheckFixture.context(TempGitRepo.init(dir))));
    assertThat(thrown).isInstanceOf(CheckAbortedException.class);
    return (CheckAbortedException) thrown;
  }

  private static String output(CheckAbortedException e) {
    return new String(e.output(), StandardCharsets.UTF_8);
  }

  @Test
  void aPrefixOfHelpAsksForHelp() {
    CheckAbortedException help = abort("--he");

    assertThat(help.exitCode()).isZero();
    assertThat(output(help)).isEqualTo(USAGE);
  }

  @Test
  void aNumberLikeOptionIsAnUnrecognizedArgument() {
    CheckAbortedException e = abort("-5.");

    assertThat(e.exitCode()).isEqualTo(2);
    assertThat(output(e)).isEqualTo(USAGE + "check-yaml: error: unrecognized arguments: -5.\n");
  }

  @Test
  void aFlagsUnexpectedValueIsQuotedAsPythonsRepr() {
    CheckAbortedException e = abort("--allow-multiple-documents=x'y");

    assertThat(e.exitCode()).isEqualTo(2);
    assertThat(output(e))
        .isEqualTo(
            USAGE
                + "check-yaml: error: argument -m/--multi/--allow-multiple-documents: ignored"
                + " explicit argument \"x'y\"\n");
  }
}
