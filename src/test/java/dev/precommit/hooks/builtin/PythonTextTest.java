package dev.precommit.hooks.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class PythonTextTest {

  private static String decode(byte[] b, boolean surrogatePass) {
    try {
      PythonText.decodeUtf8(b, 0, surrogatePass);
      return "OK";
    } catch (PythonText.DecodeException e) {
      return e.getMessage();
    }
  }

  @Test
  void utf8ErrorsAreCPythonsWordForWord() throws IOException {
    int n = 0;
    try (InputStream in = getClass().getResourceAsStream("/python-utf8-errors.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        byte[] bytes = HexFormat.of().parseHex(parts[0]);
        assertThat(decode(bytes, false)).as("strict " + parts[0]).isEqualTo(parts[1]);
        assertThat(decode(bytes, true)).as("surrogatepass " + parts[0]).isEqualTo(parts[2]);
        n++;
      }
    }
    assertThat(n).isEqualTo(1500);
  }

  @Test
  void splitLinesKnowsPythonsLineBoundaries() {
    assertThat(PythonText.splitLines("a\nb\r\nc\rd\u2028e\u000bf\u0085g", true))
        .containsExactly("a\n", "b\r\n", "c\r", "d\u2028", "e\u000b", "f\u0085", "g");
    assertThat(PythonText.splitLines("", true)).isEmpty();
  }

  @Test
  void rstripUsesPythonsWhitespace() {
    assertThat(PythonText.rstrip("a \u00a0\u3000\u001c\t")).isEqualTo("a");
    assertThat(PythonText.rstrip("a\u200b")).isEqualTo("a\u200b");
  }

  @Test
  void codePointOrderPutsAstralAfterBmp() {
    List<String> sorted = new java.util.ArrayList<>(List.of("\ud83d\ude00", "\uffff"));
    sorted.sort(PythonText::compareCodePoints);
    assertThat(sorted).containsExactly("\uffff", "\ud83d\ude00");
  }
}
