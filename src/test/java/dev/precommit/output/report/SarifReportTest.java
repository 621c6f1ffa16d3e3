package dev.precommit.output.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SARIF report, validated against the SARIF 2.1.0 JSON schema (OASIS, errata 01). */
class SarifReportTest {
  @TempDir Path root;

  private static Schema schema() throws Exception {
    try (InputStream in = SarifReportTest.class.getResourceAsStream("sarif-schema-2.1.0.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    }
  }

  private static String write(RunReport run) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SarifReport().write(run, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void validAgainstTheSchema() throws Exception {
    Files.writeString(
        root.resolve(".pre-commit-config.yaml"),
        "repos:\n-   repo: local\n    hooks:\n    -   id: lint\n    -   id: fix\n");
    String sarif = write(SampleRun.of(root));

    List<Error> errors = schema().validate(sarif, InputFormat.JSON);

    assertThat(errors).isEmpty();
  }

  @Test
  void theSchemaCatchesABrokenReport() throws Exception {
    String broken = write(SampleRun.of(root)).replace("\"2.1.0\"", "\"2.0\"");

    assertThat(schema().validate(broken, InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void rulesAreHookIdsAndResultsPointAtFilesAndLines() throws Exception {
    Files.writeString(
        root.resolve(".pre-commit-config.yaml"),
        "repos:\n-   repo: local\n    hooks:\n    -   id: lint\n    -   id: 'fix'  # fixer\n");
    JsonNode sarif = new ObjectMapper().readTree(write(SampleRun.of(root)));

    JsonNode run = sarif.get("runs").get(0);
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    assertThat(run.at("/tool/driver/name").asText()).isEqualTo("precommit");
    assertThat(run.at("/tool/driver/rules").findValuesAsText("id"))
        .containsExactly("ok", "lint", "fix", "skipped", "none");
    assertThat(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText())
        .isEqualTo(root.toUri().toString())
        .endsWith("/");
    JsonNode results = run.get("results");
    assertThat(results).hasSize(4);
    JsonNode first = results.get(0);
    assertThat(first.get("ruleId").asText()).isEqualTo("lint");
    assertThat(first.get("ruleIndex").asInt()).isEqualTo(1);
    assertThat(first.at("/message/text").asText()).isEqualTo("missing semicolon");
    JsonNode location = first.at("/locations/0/physicalLocation");
    assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo("dir/b%20c.java");
    assertThat(location.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(location.at("/region/startLine").asInt()).isEqualTo(3);
    // A whole-file finding has no region.
    assertThat(results.get(2).at("/locations/0/physicalLocation/region").isMissingNode()).isTrue();
    // A failure without a place points at the hook's id in the config.
    JsonNode fix = results.get(3);
    assertThat(fix.get("ruleId").asText()).isEqualTo("fix");
    assertThat(fix.at("/message/text").asText())
        .isEqualTo("fixer failed (files were modified by this hook)\n\nFixing a.txt\u0001");
    assertThat(fix.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo(".pre-commit-config.yaml");
    assertThat(fix.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(5);
  }

  @Test
  void uriPathsArePercentEncoded() {
    assertThat(SarifReport.uriPath("src/a b/ü%#.java")).isEqualTo("src/a%20b/%C3%BC%25%23.java");
    assertThat(SarifReport.uriPath("plain/Path-1_2.~x")).isEqualTo("plain/Path-1_2.~x");
  }
}
