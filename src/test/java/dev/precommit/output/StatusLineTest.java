package dev.precommit.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatusLineTest {

  @Test
  void linesAreSeventyNineColumnsForShortNames() {
    StatusLine line = StatusLine.forNames(List.of("ok hook"));
    assertThat(line.cols()).isEqualTo(80);
    assertThat(line.full("ok hook", "", "Passed", Color.GREEN, false))
        .isEqualTo("ok hook" + ".".repeat(66) + "Passed\n");
    assertThat(line.full("ok hook", StatusLine.NO_FILES, "Skipped", Color.TURQUOISE, false))
        .isEqualTo("ok hook" + ".".repeat(46) + "(no files to check)Skipped\n");
    assertThat(line.start("ok hook")).isEqualTo("ok hook" + ".".repeat(66));
  }

  @Test
  void longNamesWidenEveryLine() {
    String name = "n".repeat(60);
    StatusLine line = StatusLine.forNames(List.of(name, "short"));
    assertThat(line.cols()).isEqualTo(60 + 3 + 19 + 1 + 7);
    assertThat(line.full("short", "", "Passed", Color.GREEN, false)).hasSize(line.cols());
  }

  @Test
  void wideCharactersCountTwice() {
    assertThat(StatusLine.width("日本語")).isEqualTo(6);
    assertThat(StatusLine.width("abc")).isEqualTo(3);
    assertThat(StatusLine.width("é")).isEqualTo(1);
    StatusLine line = new StatusLine(80);
    assertThat(line.start("日本")).isEqualTo("日本" + ".".repeat(80 - 4 - 6 - 1));
  }

  @Test
  void colourWrapsOnlyTheStatus() {
    assertThat(new StatusLine(80).full("x", "", "Failed", Color.RED, true))
        .endsWith(".\033[41mFailed\033[m\n");
  }
}
