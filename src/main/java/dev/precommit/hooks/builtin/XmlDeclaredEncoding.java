package dev.precommit.hooks.builtin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Python's expat (as {@code xml.sax} sets it up) makes of the encoding an XML file declares:
 * expat's own names (UTF-8, UTF-16, ISO-8859-1, US-ASCII, any case), else Python's codec registry,
 * whose single-byte codecs expat decodes byte by byte (so {@code utf8}, unlike {@code UTF-8}, takes
 * only ASCII), whose multi-byte codecs make it raise, and whose unknown names raise {@code
 * LookupError}. The registry's verdicts come from CPython 3.11, in {@code check-xml-encodings.tsv}.
 */
final class XmlDeclaredEncoding {

  /** How the file is to be read. */
  sealed interface Outcome permits Decode, Fail, Crash, LeaveToParser {}

  /** Decode the bytes from {@code start} with {@code charset}; a byte it rejects is an error. */
  record Decode(Charset charset, int start) implements Outcome {}

  /** Expat reports {@code reason} at the encoding name. */
  record Fail(String reason, int line, int column) implements Outcome {}

  /** The script dies with this exception line. */
  record Crash(String message) implements Outcome {}

  /** Not an ASCII-compatible file with a declaration this understands: the JDK parser decides. */
  record LeaveToParser() implements Outcome {}

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static final Pattern DECLARATION =
      Pattern.compile(
          "<\\?xml[ \\t\\r"
              + "\\n"
              + "]+version[ \\t\\r"
              + "\\n"
              + "]*=[ \\t\\r"
              + "\\n"
              + "]*(\"[^\"<>]*\"|'[^'<>]*')([ \\t\\r"
              + "\\n"
              + "]+encoding[ \\t\\r"
              + "\\n"
              + "]*=[ \\t\\r"
              + "\\n"
              + "]*(?:\"([^\"<>]*)\"|'([^'<>]*)'))?");

  private static final Pattern ENC_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9._-]*");

  private final Map<String, String> codecs;

  private XmlDeclaredEncoding(Map<String, String> codecs) {
    this.codecs = codecs;
  }

  static XmlDeclaredEncoding load() {
    Map<String, String> codecs = new HashMap<>();
    try (InputStream in = XmlDeclaredEncoding.class.getResourceAsStream("check-xml-encodings.tsv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          int tab = line.indexOf('\t');
          codecs.put(line.substring(0, tab), line.substring(tab + 1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new XmlDeclaredEncoding(Map.copyOf(codecs));
  }

  Outcome of(byte[] content) {
    int start = startsWith(content, UTF8_BOM) ? UTF8_BOM.length : 0;
    if (content.length > start + 1
        && (content[start] == 0
            || content[start + 1] == 0
            || (content[start] & 0xFE) == 0xFE
            || content[start] == 0x4C)) {
      return new LeaveToParser(); // UTF-16 or UTF-32 (with or without a BOM), EBCDIC
    }
    String head =
        new String(
            content, start, Math.min(content.length - start, 512), StandardCharsets.ISO_8859_1);
    Matcher declaration = DECLARATION.matcher(head);
    if (!head.startsWith("<?xml")) {
      return new Decode(StandardCharsets.UTF_8, start);
    }
    if (!declaration.lookingAt()) {
      return new LeaveToParser();
    }
    if (declaration.group(2) == null) {
      return new Decode(StandardCharsets.UTF_8, start);
    }
    int group = declaration.group(3) != null ? 3 : 4;
    String name = declaration.group(group);
    int at = declaration.start(group);
    int line = 1;
    int column = start > 0 ? 1 : 0; // expat counts a byte order mark as a column
    for (int i = 0; i < at; i++) {
      char c = head.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= at || head.charAt(i + 1) != '\n'))) {
        line++;
        column = 0;
      } else if (c != '\r') {
        column++;
      }
    }
    if (!ENC_NAME.matcher(name).matches()) {
      return new Fail("XML declaration not well-formed", line, column);
    }
    switch (name.toUpperCase(Locale.ROOT)) {
      case "UTF-8":
        return new Decode(StandardCharsets.UTF_8, start);
      case "ISO-8859-1":
        return new Decode(StandardCharsets.ISO_8859_1, start);
      case "US-ASCII":
        return new Decode(StandardCharsets.US_ASCII, start);
      case "UTF-16", "UTF-16BE", "UTF-16LE":
        return new Fail("encoding specified in XML declaration is incorrect", line, column);
      default:
        break;
    }
    String python = codecs.get(normalize(name));
    if (python == null) {
      python = codecs.get(normalize(name).replace('.', '_'));
    }
    if (python == null) {
      return new Crash("LookupError: unknown encoding: " + name);
    }
    if (python.startsWith("charset ")) {
      return new Decode(Charset.forName(python.substring("charset ".length())), start);
    }
    if (python.startsWith("crash ")) {
      return new Crash(python.substring("crash ".length()));
    }
    return new Fail("unknown encoding", line, column);
  }

  /** Python's {@code encodings.normalize_encoding}, after the registry's lower-casing. */
  static String normalize(String name) {
    StringBuilder out = new StringBuilder();
    boolean punctuation = false;
    for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
      if (Character.isLetterOrDigit(c) || c == '.') {
        if (punctuation && out.length() > 0) {
          out.append('_');
        }
        out.append(c);
        punctuation = false;
      } else {
        punctuation = true;
      }
    }
    return out.toString();
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
