package dev.precommit.hooks.formatters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link PrettyFormatKotlin} does that no recorded output pins down. */
class PrettyFormatKotlinTest {
  @Test
  void ktfmtsOutputIsPutInTheOrderTheFilesWereGiven() {
    // ktfmt prints files as its threads finish them: the wrapper shows any order.
    assertThat(
            PrettyFormatKotlin.inArgumentOrder("Good.kt\nBad.kt\n", List.of("Bad.kt", "Good.kt")))
        .isEqualTo("Bad.kt\nGood.kt\n");
    assertThat(
            PrettyFormatKotlin.inArgumentOrder(
                "Done formatting b.kt\n"
                    + "c.kt:1:5: error: expected x\n"
                    + "  detail\n"
                    + "Done formatting a.kt\n",
                List.of("a.kt", "b.kt", "c.kt")))
        .isEqualTo(
            "Done formatting a.kt\nDone formatting b.kt\nc.kt:1:5: error: expected x\n  detail\n");
    assertThat(PrettyFormatKotlin.inArgumentOrder("", List.of("a.kt"))).isEmpty();
  }
}
