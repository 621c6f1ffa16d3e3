package dev.precommit.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The closing summary line: its exact text, and when it is printed. */
class SummaryLineTest {

  @Test
  void goldenText() {
    assertThat(SummaryLine.of(3, 1, 2, 120, 1.234))
        .isEqualTo("3 hooks passed, 1 failed, 2 skipped; 120 files checked in 1.23s");
    assertThat(SummaryLine.of(1, 0, 0, 1, 0.005))
        .isEqualTo("1 hook passed, 0 failed, 0 skipped; 1 file checked in 0.01s");
    assertThat(SummaryLine.of(0, 0, 0, 0, 0))
        .isEqualTo("0 hooks passed, 0 failed, 0 skipped; 0 files checked in 0.00s");
  }

  @Test
  void printedInCiOrWhenAskedAndNeverOtherwise() {
    assertThat(SummaryLine.wanted(null, Map.of())).isFalse();
    assertThat(SummaryLine.wanted(null, Map.of("CI", "true"))).isTrue();
    assertThat(SummaryLine.wanted(null, Map.of("CI", "1"))).isTrue();
    assertThat(SummaryLine.wanted(null, Map.of("CI", ""))).isFalse();
    assertThat(SummaryLine.wanted(null, Map.of("CI", "0"))).isFalse();
    assertThat(SummaryLine.wanted(null, Map.of("CI", "False"))).isFalse();
    assertThat(SummaryLine.wanted(true, Map.of())).isTrue();
    assertThat(SummaryLine.wanted(false, Map.of("CI", "true"))).isFalse();
  }
}
