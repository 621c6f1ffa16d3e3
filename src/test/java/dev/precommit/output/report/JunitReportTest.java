package dev.precommit.output.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit XML report, parsed back with the JDK's XML parser. */
class JunitReportTest {

  private static Document parse(RunReport run) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JunitReport().write(run, out);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
  }

  private static List<Element> cases(Document doc) {
    NodeList nodes = doc.getElementsByTagName("testcase");
    List<Element> cases = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      cases.add((Element) nodes.item(i));
    }
    return cases;
  }

  private static Element child(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? null : (Element) nodes.item(0);
  }

  @Test
  void oneSuiteWithCountsAndOneCasePerHook() throws Exception {
    Document doc = parse(SampleRun.of(Path.of("/repo")));

    assertThat(doc.getElementsByTagName("testsuite").getLength()).isEqualTo(1);
    Element suites = doc.getDocumentElement();
    Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
    for (Element counted : List.of(suites, suite)) {
      assertThat(counted.getAttribute("tests")).isEqualTo("5");
      assertThat(counted.getAttribute("failures")).isEqualTo("2");
      assertThat(counted.getAttribute("skipped")).isEqualTo("2");
      assertThat(counted.getAttribute("errors")).isEqualTo("0");
      assertThat(counted.getAttribute("time")).isEqualTo("1.500");
    }
    assertThat(suite.getAttribute("name")).isEqualTo("precommit");
    assertThat(cases(doc))
        .extracting(c -> c.getAttribute("classname") + " / " + c.getAttribute("name"))
        .containsExactly(
            "ok / ok hook",
            "lint / lint <java> & more",
            "fix / fixer",
            "skipped / skipped hook",
            "none / no files hook");
  }

  @Test
  void failuresCarryTheReasonAndTheOutput() throws Exception {
    List<Element> cases = cases(parse(SampleRun.of(Path.of("/repo"))));

    assertThat(child(cases.get(0), "failure")).isNull();
    assertThat(child(cases.get(0), "skipped")).isNull();
    Element lint = child(cases.get(1), "failure");
    assertThat(lint.getAttribute("message")).isEqualTo("exit code: 1");
    assertThat(lint.getTextContent())
        .isEqualTo(
            "dir/b c.java:3: missing semicolon\ndir/b c.java:9: \"tab\"\na.txt:1: bad"
                + "\n\n"
                + "dir/b c.java:3: missing semicolon\ndir/b c.java:9: \"tab\"\na.txt: bad\n");
    Element fix = child(cases.get(2), "failure");
    assertThat(fix.getAttribute("message")).isEqualTo("files were modified by this hook");
    // Colour codes removed, a control character XML cannot hold replaced.
    assertThat(fix.getTextContent()).isEqualTo("Fixing a.txt\uFFFD");
    assertThat(child(cases.get(3), "skipped").getAttribute("message")).isEqualTo("skipped (SKIP)");
    assertThat(child(cases.get(4), "skipped").getAttribute("message"))
        .isEqualTo("no files to check");
  }

  @Test
  void aRunThatStoppedBeforeHooksIsAnEmptySuite() throws Exception {
    Document doc =
        parse(new RunReport(Path.of("/repo"), ".pre-commit-config.yaml", 1, List.of(), 0, 0.01));

    Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("tests")).isEqualTo("0");
    assertThat(cases(doc)).isEmpty();
  }
}
