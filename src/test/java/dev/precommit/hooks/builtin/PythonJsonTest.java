package dev.precommit.hooks.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PythonJsonTest {

  @Test
  void floatReprMatchesCPythonOnThousandsOfValues() throws IOException {
    int checked = 0;
    try (InputStream in = getClass().getResourceAsStream("/python-float-repr.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] parts = line.split(" ");
        double d = Double.longBitsToDouble(Long.parseUnsignedLong(parts[0], 16));
        assertThat(PythonJson.floatRepr(d)).as(parts[0]).isEqualTo(parts[1]);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(5000);
  }

  @Test
  void floatReprRoundTrips() {
    Random random = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      double d = Double.longBitsToDouble(random.nextLong());
      if (Double.isFinite(d)) {
        assertThat(Double.parseDouble(PythonJson.floatRepr(d))).isEqualTo(d);
      }
    }
  }

  @Test
  void dumpsThenLoadsGivesTheSameStrings() throws PythonJson.DecodeError {
    Random random = new Random(7);
    for (int i = 0; i < 2_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        int kind = random.nextInt(4);
        sb.append(
            (char)
                (kind == 0
                    ? random.nextInt(0x80)
                    : kind == 1
                        ? random.nextInt(0x800)
                        : kind == 2 ? 0xd800 + random.nextInt(0x800) : random.nextInt(0x10000)));
      }
      dumpsThenLoads(sb.toString());
    }
  }

  private static void dumpsThenLoads(String s) throws PythonJson.DecodeError {
    for (boolean ascii : new boolean[] {true, false}) {
      String json = PythonJson.dumps(List.of(s), "  ", ascii);
      Object back = PythonJson.loads(json.codePoints().toArray(), pairs -> null);
      assertThat(back).isEqualTo(List.of(s));
      if (ascii) {
        assertThat(json.chars().allMatch(c -> c >= 0x20 && c < 0x7f || c == '\n')).isTrue();
      }
    }
  }

  @Test
  void dumpsLaysOutLikePython() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("x", List.of());
    inner.put("y", new LinkedHashMap<>());
    Map<String, Object> top = new LinkedHashMap<>();
    top.put("a", List.of(BigInteger.ONE, 2.5, Boolean.TRUE));
    top.put("b", inner);
    top.put("n", null);
    assertThat(PythonJson.dumps(top, "  ", true))
        .isEqualTo(
            "{\n  \"a\": [\n    1,\n    2.5,\n    true\n  ],\n  \"b\": {\n    \"x\": [],\n"
                + "    \"y\": {}\n  },\n  \"n\": null\n}");
    assertThat(PythonJson.dumps(List.of("\u00e9\ud83d\ude00\u007f"), "", true))
        .isEqualTo("[\n\"\\u00e9\\ud83d\\ude00\\u007f\"\n]");
  }

  @Test
  void errorsCarryPythonsPositions() {
    assertThatThrownBy(() -> PythonJson.loads("{\"a\": [1,\n 2,, 3]}".getBytes(), p -> null))
        .hasMessage("Expecting value: line 2 column 4 (char 13)");
    assertThatThrownBy(
            () ->
                PythonJson.loads("\"\u00e9\u00e9\" x".getBytes(StandardCharsets.UTF_8), p -> null))
        .hasMessage("Extra data: line 1 column 6 (char 5)");
    assertThatThrownBy(() -> PythonJson.loads(new int[] {0xfeff, '1'}, p -> null))
        .hasMessage("Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)");
  }

  @Test
  void deepNestingIsAnErrorNotACrash() {
    byte[] deep = "[".repeat(200_000).getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> PythonJson.loads(deep, p -> null))
        .isInstanceOf(PythonJson.DecodeError.class);
  }
}
