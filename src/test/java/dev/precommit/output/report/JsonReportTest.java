package dev.precommit.output.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON report keeps the shape docs/report-json.md documents. */
class JsonReportTest {

  private static JsonNode write(RunReport run) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonReport().write(run, out);
    return new ObjectMapper().readTree(out.toByteArray());
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void documentedShape() throws Exception {
    JsonNode json = write(SampleRun.of(Path.of("/repo")));

    assertThat(names(json))
        .containsExactly("version", "exitCode", "filesChecked", "durationSeconds", "hooks");
    assertThat(json.get("version").asInt()).isEqualTo(1);
    assertThat(json.get("exitCode").asInt()).isEqualTo(1);
    assertThat(json.get("filesChecked").asInt()).isEqualTo(7);
    assertThat(json.get("durationSeconds").asDouble()).isEqualTo(1.5);
    JsonNode lint = json.get("hooks").get(1);
    assertThat(names(lint))
        .containsExactly(
            "id",
            "name",
            "status",
            "exitCode",
            "modified",
            "durationSeconds",
            "files",
            "output",
            "findingsFromOutput",
            "findings");
    assertThat(lint.get("id").asText()).isEqualTo("lint");
    assertThat(lint.get("status").asText()).isEqualTo("failed");
    assertThat(lint.get("files").toString()).isEqualTo("[\"a.txt\",\"dir/b c.java\"]");
    assertThat(lint.get("findings").get(0).toString())
        .isEqualTo("{\"file\":\"dir/b c.java\",\"line\":3,\"message\":\"missing semicolon\"}");
    assertThat(json.get("hooks").findValuesAsText("status"))
        .containsExactly("passed", "failed", "failed", "skipped", "no-files");
    // The output is kept as the hook printed it, colour codes and all.
    assertThat(json.get("hooks").get(2).get("output").asText())
        .isEqualTo("\u001b[31mFixing\u001b[m a.txt\u0001\n");
    assertThat(json.get("hooks").get(2).get("modified").asBoolean()).isTrue();
  }
}
