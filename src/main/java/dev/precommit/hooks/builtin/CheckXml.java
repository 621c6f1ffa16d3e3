package dev.precommit.hooks.builtin;

import static java.nio.charset.StandardCharsets.UTF_8;

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
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
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
 * <reason>)} with a 0-based column as expat counts, the reason in expat's words for the commonest
 * errors. The declared encoding is read as expat reads it ({@link XmlDeclaredEncoding}), and the
 * text decoded here, so a byte the encoding rejects is expat's invalid token.
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
    XmlDeclaredEncoding encodings = XmlDeclaredEncoding.load();
    return FileCheck.mayCrash(
        (path, content) -> {
          SAXParser parser = parsers.get();
          XmlDeclaredEncoding.Outcome outcome = encodings.of(content);
          if (outcome instanceof XmlDeclaredEncoding.Crash crash) {
            // Not a SAXException: the script dies here, leaving the rest of its batch unchecked.
            return FileVerdict.crash(path + ": " + crash.message() + "\n");
          }
          if (outcome instanceof XmlDeclaredEncoding.Fail fail) {
            return failure(path, fail.line(), fail.column(), fail.reason());
          }
          if (outcome instanceof XmlDeclaredEncoding.Decode decode) {
            return checkText(parser, path, content, decode);
          }
          return parse(parser, path, new InputSource(new ByteArrayInputStream(content)), 0);
        });
  }

  /**
   * Decodes as expat would, then parses the text. A byte the encoding rejects is expat's invalid
   * token, unless the text before it already has another error.
   */
  private static FileVerdict checkText(
      SAXParser parser, String path, byte[] content, XmlDeclaredEncoding.Decode decode) {
    CharsetDecoder decoder =
        decode
            .charset()
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content, decode.start(), content.length - decode.start());
    CharBuffer out = CharBuffer.allocate(content.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    out.flip();
    String text = out.toString();
    // Expat counts a byte order mark as a column of the first line; the JDK does not.
    int bomColumns = decode.start() > 0 ? 1 : 0;
    if (!result.isError()) {
      return parse(parser, path, new InputSource(new StringReader(text)), bomColumns);
    }
    FileVerdict before = parse(parser, path, new InputSource(new StringReader(text)), bomColumns);
    if (before.failed() && !new String(before.message(), UTF_8).endsWith(NO_ELEMENT)) {
      return before;
    }
    int line = 1;
    int column = bomColumns;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        column = 0;
      } else if (c != '\r' && !Character.isLowSurrogate(c)) {
        column++;
      }
    }
    return failure(path, line, column, "not well-formed (invalid token)");
  }

  private static final String NO_ELEMENT = ": no element found)\n";

  private static FileVerdict parse(
      SAXParser parser, String path, InputSource source, int bomColumns) {
    parser.reset();
    try {
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
      int column = Math.max(0, e.getColumnNumber() - 1) + (e.getLineNumber() == 1 ? bomColumns : 0);
      return failure(path, e.getLineNumber(), column, expatWording(e.getMessage()));
    } catch (SAXException | IOException e) {
      return FileVerdict.fail(path + ": Failed to xml parse (" + e.getMessage() + ")\n");
    }
  }

  private static FileVerdict failure(String path, int line, int column, String reason) {
    return FileVerdict.fail(
            path
                + ": Failed to xml parse ("
                + path
                + ":"
                + line
                + ":"
                + column
                + ": "
                + reason
                + ")\n")
        .at(path, line);
  }
}
