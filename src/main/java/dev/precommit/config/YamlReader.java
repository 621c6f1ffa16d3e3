package dev.precommit.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads YAML the way pre-commit's safe loader does: plain maps, lists and scalars only (the
 * standard tags, via {@link YamlValues}; never arbitrary classes), duplicate keys allowed with the
 * last one winning (as PyYAML), YAML 1.1 booleans, merge keys. Wires parser and composer by hand
 * instead of going through {@code Yaml}, so the hook path loads neither the dumping half of
 * SnakeYAML nor its constructors. Syntax errors become one line naming line and column, counted
 * from 1.
 */
final class YamlReader {
  /** Aliases to collections allowed per document: enough for anchors, too few for a bomb. */
  private static final int MAX_ALIASES = 50;

  private static final int MAX_NESTING = 50;

  private static final int MAX_CODE_POINTS = 3 * 1024 * 1024;

  private YamlReader() {}

  /**
   * The file's text, strictly UTF-8.
   *
   * @throws NoSuchFileException when it does not exist (callers word the hint)
   * @throws InvalidConfigException when it is a directory or not UTF-8
   */
  static String readText(Path file, String name) throws IOException {
    if (Files.isDirectory(file)) {
      throw InvalidConfigException.notAFile(name, null);
    }
    byte[] bytes = Files.readAllBytes(file);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidConfigException(name, List.of(), "not valid UTF-8; save the file as UTF-8");
    }
  }

  /** A one-line reason a file could not be read, for messages. */
  static String unreadable(IOException e) {
    String reason =
        e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getMessage();
    return "cannot be read (" + reason + ")";
  }

  /** Parses one YAML document into maps, lists and scalars; null for an empty document. */
  static Object parse(String text, String name) {
    LoaderOptions options = options();
    options.setMergeOnCompose(true);
    try {
      return YamlValues.convert(composer(text, options).getSingleNode(), name);
    } catch (YAMLException e) {
      throw syntaxError(e, name);
    } catch (StackOverflowError e) {
      throw new InvalidConfigException(name, List.of(), "invalid YAML: nested too deeply");
    }
  }

  /** The node tree of one document (marks and scalar styles kept), null for an empty one. */
  static Node compose(String text, String name) {
    try {
      return composer(text, options()).getSingleNode();
    } catch (YAMLException e) {
      throw syntaxError(e, name);
    }
  }

  private static Composer composer(String text, LoaderOptions options) {
    return new Composer(
        new ParserImpl(new StreamReader(text), options), new PyYamlResolver(), options);
  }

  private static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_NESTING);
    options.setCodePointLimit(MAX_CODE_POINTS);
    return options;
  }

  private static InvalidConfigException syntaxError(YAMLException e, String name) {
    if (e instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      Mark mark = marked.getProblemMark();
      String problem = marked.getProblem() == null ? "" : marked.getProblem().strip();
      return new InvalidConfigException(
          name,
          List.of(),
          "invalid YAML at line "
              + (mark.getLine() + 1)
              + ", column "
              + (mark.getColumn() + 1)
              + ": "
              + oneLine(problem));
    }
    return new InvalidConfigException(name, List.of(), "invalid YAML: " + oneLine(e.getMessage()));
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
