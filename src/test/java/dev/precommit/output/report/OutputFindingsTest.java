package dev.precommit.output.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.hooks.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The path:line: heuristic over external hooks' output. */
class OutputFindingsTest {
  @TempDir Path root;

  private List<Finding> parse(String output, List<String> files) {
    return OutputFindings.parse(output.getBytes(StandardCharsets.UTF_8), files, root);
  }

  @Test
  void pathLineAndPathLineColumnPrefixes() {
    List<Finding> found =
        parse(
            "src/A.java:12: error: ';' expected\n"
                + "./src/B.java:3:7: warning: unused\r\n"
                + "\u001b[1msrc/C.java:9:\u001b[m colourful\n",
            List.of("src/A.java", "src/B.java", "src/C.java"));

    assertThat(found)
        .containsExactly(
            new Finding("src/A.java", 12, "error: ';' expected"),
            new Finding("src/B.java", 3, "warning: unused"),
            new Finding("src/C.java", 9, "colourful"));
  }

  @Test
  void pathsMustBeGivenFilesOrFilesInTheRepository() throws Exception {
    Files.writeString(root.resolve("exists.txt"), "x");
    Path absolute = root.resolve("exists.txt");

    List<Finding> found =
        parse(
            "12:30:01 INFO started\n"
                + "http://example.com:80: refused\n"
                + "missing.txt:1: not a file here\n"
                + "/etc/hosts:1: outside\n"
                + "../up.txt:1: outside\n"
                + "exists.txt:x: no number\n"
                + "exists.txt:4: not given, but in the repository\n"
                + absolute
                + ":5:2: absolute inside\n",
            List.of());

    assertThat(found)
        .containsExactly(
            new Finding("exists.txt", 4, "not given, but in the repository"),
            new Finding("exists.txt", 5, "absolute inside"));
  }

  @Test
  void findingsAreCapped() {
    String many = "a.txt:1: x\n".repeat(OutputFindings.LIMIT + 5);

    assertThat(parse(many, List.of("a.txt"))).hasSize(OutputFindings.LIMIT);
  }
}
