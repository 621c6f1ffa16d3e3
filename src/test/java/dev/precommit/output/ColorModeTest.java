package dev.precommit.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Colour in CI: only on a terminal, and never with NO_COLOR or TERM=dumb, unless forced. */
class ColorModeTest {

  @Test
  void autoColoursOnlyATerminal() {
    assertThat(ColorMode.AUTO.enabled(true, Map.of("TERM", "xterm"))).isTrue();
    assertThat(ColorMode.AUTO.enabled(false, Map.of("TERM", "xterm", "CI", "true"))).isFalse();
  }

  @Test
  void noColorAndDumbTerminalsTurnAutoOff() {
    assertThat(ColorMode.AUTO.enabled(true, Map.of("NO_COLOR", "1"))).isFalse();
    assertThat(ColorMode.AUTO.enabled(true, Map.of("TERM", "dumb"))).isFalse();
  }

  @Test
  void alwaysAndNeverIgnoreTheTerminal() {
    assertThat(ColorMode.ALWAYS.enabled(false, Map.of("NO_COLOR", "1"))).isTrue();
    assertThat(ColorMode.NEVER.enabled(true, Map.of())).isFalse();
  }
}
