package dev.precommit.hooks.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hunks computed by CPython's difflib (once, while writing the test) must come out identical. */
class UnifiedDiffTest {

  @Test
  @SuppressWarnings("unchecked")
  void matchesDifflibOnRecordedCases() throws IOException, PythonJson.DecodeError {
    int cases = 0;
    try (InputStream in = getClass().getResourceAsStream("/python-unified-diff.jsonl")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        Map<String, Object> c =
            (Map<String, Object>)
                PythonJson.loads(
                    line.getBytes(StandardCharsets.UTF_8),
                    pairs -> {
                      Map<String, Object> m = new LinkedHashMap<>();
                      pairs.forEach(p -> m.put(p.getKey(), p.getValue()));
                      return m;
                    });
        String actual =
            UnifiedDiff.diff(
                (List<String>) c.get("a"), (List<String>) c.get("b"), "f.json", "f.json");
        assertThat(actual).as("case %d", cases).isEqualTo(c.get("diff"));
        cases++;
      }
    }
    assertThat(cases).isGreaterThan(100);
  }
}
