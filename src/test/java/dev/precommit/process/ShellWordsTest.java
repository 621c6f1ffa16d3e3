package dev.precommit.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellWordsTest {

  @Test
  void splitsOnWhitespace() {
    assertThat(ShellWords.split("  echo  --hello\tworld "))
        .containsExactly("echo", "--hello", "world");
  }

  @Test
  void keepsQuotedTextTogether() {
    assertThat(ShellWords.split("sh -c 'echo \"a b\"' \"x y\" z\\ w"))
        .containsExactly("sh", "-c", "echo \"a b\"", "x y", "z w");
  }

  @Test
  void backslashInDoubleQuotesEscapesOnlySpecials() {
    assertThat(ShellWords.split("\"a\\\"b\\n\"")).containsExactly("a\"b\\n");
  }

  @Test
  void adjacentQuotesJoinOneWord() {
    assertThat(ShellWords.split("a'b'\"c\"")).containsExactly("abc");
    assertThat(ShellWords.split("''")).containsExactly("");
  }

  @Test
  void emptyLineHasNoWords() {
    assertThat(ShellWords.split("   ")).isEqualTo(List.of());
  }

  @Test
  void unterminatedQuoteIsAnError() {
    assertThatThrownBy(() -> ShellWords.split("echo 'oops")).hasMessage("No closing quotation");
  }
}
