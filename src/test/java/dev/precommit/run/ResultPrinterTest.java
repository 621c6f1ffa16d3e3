package dev.precommit.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.config.HookConfig;
import dev.precommit.output.Output;
import dev.precommit.repo.Hook;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultPrinterTest {
  @TempDir Path root;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  @Test
  void quietPassingHookHasNoDetails() throws Exception {
    printer().details(result(0, false, "all good\n"), false);

    assertThat(printed()).isEmpty();
  }

  @Test
  void failedHookShowsIdExitCodeModifiedAndStrippedOutput() throws Exception {
    printer().details(result(3, true, "\n  broken\n\n"), false);

    assertThat(printed())
        .isEqualTo(
            "- hook id: lint\n- exit code: 3\n- files were modified by this hook\n\nbroken\n\n");
  }

  @Test
  void verboseShowsTheDurationAsPythonPrintsIt() throws Exception {
    printer().details(result(0, false, ""), true);

    assertThat(printed()).isEqualTo("- hook id: lint\n- duration: 1.5s\n");
  }

  @Test
  void durationsAndStripAsPython() {
    assertThat(ResultPrinter.formatDuration(0)).isEqualTo("0");
    assertThat(ResultPrinter.formatDuration(2)).isEqualTo("2.0");
    assertThat(ResultPrinter.strip(" \t\u000bx y\r\n\f".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("x y".getBytes(StandardCharsets.US_ASCII));
  }

  private ResultPrinter printer() {
    return new ResultPrinter(new Output(out, new ByteArrayOutputStream(), false), root);
  }

  private HookResult result(int exitCode, boolean modified, String output) {
    Hook hook = new Hook("local", HookConfig.of("lint", "Lint", "lint", "system"), root);
    return HookResult.ran(
        hook,
        List.of(),
        exitCode,
        output.getBytes(StandardCharsets.UTF_8),
        modified,
        1.5,
        List.of());
  }

  private String printed() {
    return out.toString(StandardCharsets.UTF_8);
  }
}
