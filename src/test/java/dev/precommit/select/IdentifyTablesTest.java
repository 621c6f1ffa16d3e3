package dev.precommit.select;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The committed tables are exactly what the generator makes of identify's JSON. */
class IdentifyTablesTest {
  private static final JsonNode JSON = IdentifyTablesGenerator.readJson();

  private static Map<String, Set<String>> expected(String name) {
    Map<String, Set<String>> table = new TreeMap<>();
    IdentifyTablesGenerator.table(JSON, name).forEach((k, v) -> table.put(k, Set.copyOf(v)));
    return table;
  }

  @Test
  void committedSourceIsTheGeneratorsOutput() throws IOException {
    Path source = Path.of("src/main/java/dev/precommit/select/IdentifyTables.java");

    assertThat(Files.readString(source, StandardCharsets.UTF_8))
        .as("regenerate IdentifyTables.java with IdentifyTablesGenerator")
        .isEqualTo(IdentifyTablesGenerator.render(JSON));
  }

  @Test
  void tablesEqualTheJson() {
    assertThat(IdentifyTables.EXTENSIONS).isEqualTo(expected("extensions"));
    assertThat(IdentifyTables.EXTENSIONS_NEED_BINARY_CHECK)
        .isEqualTo(expected("extensions_need_binary_check"));
    assertThat(IdentifyTables.NAMES).isEqualTo(expected("names"));
    assertThat(IdentifyTables.INTERPRETERS).isEqualTo(expected("interpreters"));
    assertThat(IdentifyTables.ALL_TAGS)
        .isEqualTo(Set.copyOf(IdentifyTablesGenerator.strings(JSON.get("all_tags"))));
  }

  @Test
  void allTagsIsEveryTagTheTablesGiveAsIdentifyDefinesIt() {
    Set<String> union =
        new HashSet<>(
            List.of(
                "directory",
                "file",
                "symlink",
                "socket",
                "executable",
                "non-executable",
                "text",
                "binary"));
    for (Map<String, Set<String>> table :
        List.of(
            IdentifyTables.EXTENSIONS,
            IdentifyTables.EXTENSIONS_NEED_BINARY_CHECK,
            IdentifyTables.NAMES,
            IdentifyTables.INTERPRETERS)) {
      table.values().forEach(union::addAll);
    }

    assertThat(IdentifyTables.ALL_TAGS).hasSize(311).isEqualTo(union);
  }
}
