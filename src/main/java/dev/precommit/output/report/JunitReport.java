package dev.precommit.output.report;

import dev.precommit.hooks.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML, the format every CI system's test tab reads: one {@code <testsuite>} named precommit;
 * one {@code <testcase>} per hook (classname = hook id, name = hook name) with a {@code <failure>}
 * holding the hook's output, or {@code <skipped/>}; and for each failed hook that knows where its
 * problems are, one more testcase per file (classname = hook id, name = the file) whose failure
 * lists the lines, so the test tab shows failures by file.
 */
public final class JunitReport implements Report {

  /** One {@code <testcase>}, before it is written. */
  private record Case(
      String classname,
      String name,
      double seconds,
      String failureMessage,
      String failureText,
      String skipped) {}

  @Override
  public void write(RunReport run, OutputStream out) throws IOException {
    List<Case> cases = cases(run);
    long failures = cases.stream().filter(c -> c.failureMessage() != null).count();
    long skipped = cases.stream().filter(c -> c.skipped() != null).count();
    try {
      XMLStreamWriter xml =
          XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "precommit");
      xml.writeAttribute("tests", Integer.toString(cases.size()));
      xml.writeAttribute("failures", Long.toString(failures));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute("skipped", Long.toString(skipped));
      xml.writeAttribute("time", seconds(run.durationSeconds()));
      xml.writeCharacters("\n  ");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", "precommit");
      xml.writeAttribute("tests", Integer.toString(cases.size()));
      xml.writeAttribute("failures", Long.toString(failures));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute("skipped", Long.toString(skipped));
      xml.writeAttribute("time", seconds(run.durationSeconds()));
      for (Case c : cases) {
        xml.writeCharacters("\n    ");
        boolean empty = c.failureMessage() == null && c.skipped() == null;
        if (empty) {
          xml.writeEmptyElement("testcase");
        } else {
          xml.writeStartElement("testcase");
        }
        xml.writeAttribute("classname", ReportText.forXml(c.classname()));
        xml.writeAttribute("name", ReportText.forXml(c.name()));
        xml.writeAttribute("time", seconds(c.seconds()));
        if (empty) {
          continue;
        }
        xml.writeCharacters("\n      ");
        if (c.skipped() != null) {
          xml.writeEmptyElement("skipped");
          xml.writeAttribute("message", c.skipped());
        } else {
          xml.writeStartElement("failure");
          xml.writeAttribute("message", ReportText.forXml(c.failureMessage()));
          xml.writeAttribute("type", "failed");
          xml.writeCharacters(ReportText.forXml(c.failureText()));
          xml.writeEndElement();
        }
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private static List<Case> cases(RunReport run) {
    List<Case> cases = new ArrayList<>();
    for (HookReport hook : run.hooks()) {
      String skipped =
          switch (hook.status()) {
            case SKIPPED -> "skipped (SKIP)";
            case NO_FILES -> "no files to check";
            default -> null;
          };
      cases.add(
          new Case(
              hook.id(),
              hook.name(),
              hook.durationSeconds(),
              hook.failed() ? hook.failureReason() : null,
              hook.failed() ? hook.cleanOutput() : null,
              skipped));
    }
    for (HookReport hook : run.hooks()) {
      if (!hook.failed()) {
        continue;
      }
      Map<String, List<Finding>> byFile = new LinkedHashMap<>();
      for (Finding f : hook.findings()) {
        byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
      }
      byFile.forEach(
          (file, findings) -> {
            StringBuilder text = new StringBuilder();
            for (Finding f : findings) {
              text.append(f.file());
              if (f.line() > 0) {
                text.append(':').append(f.line());
              }
              text.append(": ").append(f.message()).append('\n');
            }
            String first = findings.get(0).message().lines().findFirst().orElse("");
            String message =
                findings.size() == 1 ? first : findings.size() + " problems; first: " + first;
            cases.add(new Case(hook.id(), file, 0, message, text.toString(), null));
          });
    }
    return cases;
  }

  private static String seconds(double seconds) {
    return String.format(Locale.ROOT, "%.3f", seconds);
  }
}
