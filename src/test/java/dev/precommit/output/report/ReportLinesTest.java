package dev.precommit.output.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.precommit.testing.CliRun;
import dev.precommit.testing.TempGitRepo;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code precommit run --report junit=… --report sarif=…} through the command line on a real
 * repository whose files fail built-in checks: every built-in that knows the line of a problem
 * reports it, and the JUnit counts are hooks, not files.
 */
class ReportLinesTest {
  private static final String CONFIG =
      """
      repos:
      -   repo: builtin
          hooks:
          -   id: trailing-whitespace
          -   id: end-of-file-fixer
          -   id: check-yaml
          -   id: check-json
          -   id: check-toml
          -   id: check-xml
          -   id: detect-private-key
          -   id: mixed-line-ending
              args: [--fix=no]
          -   id: check-vcs-permalinks
          -   id: google-java-format
          -   id: check-added-large-files
      """;

  @TempDir Path dir;

  private TempGitRepo repo() {
    TempGitRepo repo = TempGitRepo.init(dir.resolve("repo"));
    repo.write(".pre-commit-config.yaml", CONFIG).stageAll().commit("init");
    repo.write("a.txt", "one\ntwo\nthree  \nfour")
        .write("bad.yaml", "a: 1\nb: [\n")
        .write("bad.json", "{\n  \"a\": 1,\n  \"b\":\n}\n")
        .write("key.txt", "some text\n-----BEGIN RSA PRIVATE" + " KEY-----\nxyz\n")
        .write("m.txt", "a\nb\r\nc\n")
        .write(
            "links.md",
            "# links\n\nsee https://github.com/o/r/blob/main/f.py#L3 and\n"
                + "https://github.com/o/r/blob/master/g.py#L1\n")
        .write("src/A.java", "package a;\n\nclass A {\n    int x;\n}\n")
        .write("bad.xml", "<a>\n<b>\n</a>\n")
        .stageAll();
    return repo;
  }

  private static Document xml(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  private static List<Element> elements(Document doc, String tag) {
    NodeList nodes = doc.getElementsByTagName(tag);
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  private static Schema sarifSchema() throws Exception {
    try (InputStream in = ReportLinesTest.class.getResourceAsStream("sarif-schema-2.1.0.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    }
  }

  @Test
  void findingsCarryTheirLinesAndJunitCountsHooks() throws Exception {
    TempGitRepo repo = repo();
    Map<String, String> env = repo.env();
    env.put("SKIP", "check-xml");

    CliRun run =
        CliRun.in(
            repo.root(),
            env,
            "run",
            "--report",
            "junit=reports/out.xml",
            "--report",
            "sarif=reports/out.sarif");

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);

    // SARIF: valid, and each result at the line the check knows.
    Path sarifFile = repo.root().resolve("reports/out.sarif");
    String sarifText = Files.readString(sarifFile);
    assertThat(sarifSchema().validate(sarifText, InputFormat.JSON)).isEmpty();
    JsonNode results = new ObjectMapper().readTree(sarifText).at("/runs/0/results");
    List<String> places = new ArrayList<>();
    for (JsonNode r : results) {
      JsonNode loc = r.at("/locations/0/physicalLocation");
      places.add(
          r.get("ruleId").asText()
              + " "
              + loc.at("/artifactLocation/uri").asText()
              + ":"
              + loc.at("/region/startLine").asInt());
    }
    assertThat(places)
        .containsExactly(
            "trailing-whitespace a.txt:3",
            "end-of-file-fixer a.txt:4",
            "check-yaml bad.yaml:3",
            "check-json bad.json:4",
            "detect-private-key key.txt:2",
            "mixed-line-ending m.txt:2",
            "check-vcs-permalinks links.md:3",
            "check-vcs-permalinks links.md:4",
            "google-java-format src/A.java:4");

    // JUnit: one test case per hook; failures and skips counted by hook.
    Document junit = xml(repo.root().resolve("reports/out.xml"));
    List<Element> cases = elements(junit, "testcase");
    assertThat(cases)
        .extracting(c -> c.getAttribute("classname"))
        .containsExactly(
            "trailing-whitespace",
            "end-of-file-fixer",
            "check-yaml",
            "check-json",
            "check-toml",
            "check-xml",
            "detect-private-key",
            "mixed-line-ending",
            "check-vcs-permalinks",
            "google-java-format",
            "check-added-large-files");
    for (Element suite : List.of(junit.getDocumentElement(), elements(junit, "testsuite").get(0))) {
      assertThat(suite.getAttribute("tests")).isEqualTo("11");
      assertThat(suite.getAttribute("failures")).isEqualTo("8");
      assertThat(suite.getAttribute("skipped")).isEqualTo("2");
      assertThat(suite.getAttribute("errors")).isEqualTo("0");
    }
    assertThat(elements(junit, "failure")).hasSize(8);
    assertThat(elements(junit, "skipped"))
        .extracting(s -> s.getAttribute("message"))
        .containsExactly("no files to check", "skipped (SKIP)");
    Element yaml = (Element) cases.get(2).getElementsByTagName("failure").item(0);
    assertThat(yaml.getTextContent()).endsWith("\n\nbad.yaml:3: while parsing a flow node\n");
  }

  @Test
  void githubAnnotationsUseTheLines() {
    TempGitRepo repo = repo();
    Map<String, String> env = repo.env();
    env.put("GITHUB_ACTIONS", "true");
    env.put("SKIP", "check-xml");

    CliRun run = CliRun.in(repo.root(), env, "run", "trailing-whitespace");

    assertThat(run.out())
        .contains("::error file=a.txt,line=3,title=trailing-whitespace::Fixing a.txt\n");
  }
}
