package dev.precommit.output.report;

import dev.precommit.hooks.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML, the format every CI system's test tab reads. The mapping: the run is one {@code
 * <testsuite>} named precommit (inside {@code <testsuites>}, with the same counts); each hook the
 * run reports, in config order, is one {@code <testcase>} (classname = hook id, name = hook name,
 * time = its duration). A failed hook has one {@code <failure>} (message = its exit code and
 * whether it modified files; text = its output, then {@code file:line: message} for each problem
 * whose place the output does not already show); a hook skipped by {@code SKIP} or with no files is
 * {@code <skipped/>}. So {@code tests} is the number of hooks, {@code failures} the number of
 * failed hooks and {@code skipped} the number of skipped ones, as a test runner counts tests.
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
              hook.qualifiedId(),
              hook.name(),
              hook.durationSeconds(),
              hook.failed() ? hook.failureReason() : null,
              hook.failed() ? failureText(hook) : null,
              skipped));
    }
    return cases;
  }

  /**
   * The hook's output, then the places of its problems unless the output is where they came from.
   */
  private static String failureText(HookReport hook) {
    StringBuilder text = new StringBuilder(hook.cleanOutput());
    if (!hook.findingsFromOutput() && !hook.findings().isEmpty()) {
      text.append(text.length() == 0 ? "" : "\n\n");
      for (Finding f : hook.findings()) {
        text.append(f.file());
        if (f.line() > 0) {
          text.append(':').append(f.line());
        }
        String first = f.message().lines().findFirst().orElse("");
        text.append(": ").append(first).append('\n');
      }
    }
    return text.toString();
  }

  private static String seconds(double seconds) {
    return String.format(Locale.ROOT, "%.3f", seconds);
  }
}
