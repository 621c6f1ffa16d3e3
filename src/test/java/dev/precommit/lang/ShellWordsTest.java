package dev.precommit.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShellWordsTest {
  @Test
  void splitsLikeShlex() {
    // Expected values from Python's shlex.split.
    assertThat(ShellWords.split("a  b\tc")).containsExactly("a", "b", "c");
    assertThat(ShellWords.split("x 'a b' \"c d\" e\\ f")).containsExactly("x", "a b", "c d", "e f");
    assertThat(ShellWords.split("\"a\\\"b\" 'c\\d' a''b")).containsExactly("a\"b", "c\\d", "ab");
    assertThat(ShellWords.split("''")).containsExactly("");
    assertThat(ShellWords.split("  ")).isEmpty();
  }

  @Test
  void unclosedQuoteIsAnError() {
    assertThatThrownBy(() -> ShellWords.split("a 'b")).hasMessageContaining("No closing quotation");
  }
}
