package dev.precommit.hooks.builtin;

import dev.precommit.hooks.ArgumentParser;
import dev.precommit.hooks.CheckAbortedException;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckInfo;
import dev.precommit.hooks.ContentCheck;
import dev.precommit.hooks.FileCheck;
import dev.precommit.hooks.FileVerdict;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * {@code check-xml}: the file must be well-formed XML. The script uses Python's expat through
 * {@code xml.sax}; this uses the JDK's SAX parser, non-validating, with external entities and DTDs
 * never fetched. Messages keep the script's layout, {@code f.xml: Failed to xml parse (f.xml:3:4:
 * <reason>)} with a 0-based column as expat counts, but the reason is the JDK's wording.
 */
public final class CheckXml implements ContentCheck {

  @Override
  public CheckInfo info() {
    return Manifest.typed(
        "check-xml",
        "check xml",
        "checks xml files for parseable syntax.",
        List.of("xml"),
        Manifest.ALL_STAGES,
        false);
  }

  /** The JDK's wording of the commonest errors, as expat words them; others pass through. */
  private static final List<String[]> EXPAT_WORDING =
      List.of(
          new String[] {
            "The element type \".*\" must be terminated by the matching end-tag .*",
            "mismatched tag"
          },
          new String[] {
            "XML document structures must start and end within the same entity\\.",
            "no element found"
          },
          new String[] {"Premature end of file\\.", "no element found"},
          new String[] {
            "The markup in the document following the root element must be well-formed\\.",
            "junk after document element"
          },
          new String[] {
            "The entity \".*\" was referenced, but not declared\\.", "undefined entity"
          },
          new String[] {"Content is not allowed in prolog\\.", "syntax error"},
          new String[] {
            "Content is not allowed in trailing section\\.", "junk after document element"
          });

  /** A non-validating SAX parser that never fetches external entities or DTDs. */
  private static SAXParser newParser() {
    SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
    factory.setNamespaceAware(false);
    factory.setValidating(false);
    try {
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      return factory.newSAXParser();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the JDK's SAX parser lacks a standard feature", e);
    }
  }

  static String expatWording(String message) {
    for (String[] rule : EXPAT_WORDING) {
      if (message != null && message.matches(rule[0])) {
        return rule[1];
      }
    }
    return message;
  }

  @Override
  public FileCheck prepare(List<String> args, CheckContext context) throws CheckAbortedException {
    new ArgumentParser("check-xml").parse(args).requireNoPositionals();
    // One parser per thread, made there: in a run, on the worker threads, not while the run is
    // being planned. The JDK's own parser, without newInstance()'s search of properties and
    // services.
    ThreadLocal<SAXParser> parsers = ThreadLocal.withInitial(CheckXml::newParser);
    return (path, content) -> {
      SAXParser parser = parsers.get();
      parser.reset();
      try {
        InputSource source = new InputSource(new ByteArrayInputStream(content));
        source.setSystemId(path);
        parser.parse(
            source,
            new DefaultHandler() {
              @Override
              public InputSource resolveEntity(String publicId, String systemId) {
                return new InputSource(new StringReader(""));
              }
            });
        return FileVerdict.ok();
      } catch (SAXParseException e) {
        int column = Math.max(0, e.getColumnNumber() - 1);
        return FileVerdict.fail(
                path
                    + ": Failed to xml parse ("
                    + path
                    + ":"
                    + e.getLineNumber()
                    + ":"
                    + column
                    + ": "
                    + expatWording(e.getMessage())
                    + ")\n")
            .at(path, e.getLineNumber());
      } catch (SAXException | IOException e) {
        return FileVerdict.fail(path + ": Failed to xml parse (" + e.getMessage() + ")\n");
      }
    };
  }
}
