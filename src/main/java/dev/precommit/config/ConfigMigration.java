package dev.precommit.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * {@code migrate-config}: rewrites an old config in place as text, so comments, layout and quoting
 * survive. A top-level list goes under {@code repos:}; {@code sha:} becomes {@code rev:}; {@code
 * language: python_venv} becomes {@code python}; the stage names {@code commit}, {@code push} and
 * {@code merge-commit} get their {@code pre-} prefix in {@code default_stages} and hook {@code
 * stages}. Each rewritten scalar keeps its quote style.
 */
public final class ConfigMigration {
  private static final Set<String> LEGACY_STAGES = Set.of("commit", "push", "merge-commit");

  private ConfigMigration() {}

  /**
   * Migrates {@code file} in place.
   *
   * @return true when it changed, false when it was already migrated
   * @throws InvalidConfigException when it is missing or not YAML
   */
  public static boolean migrateFile(Path file, String name) {
    String original;
    try {
      original = YamlReader.readText(file, name);
    } catch (NoSuchFileException e) {
      throw InvalidConfigException.notAFile(
          name, "create one with `precommit sample-config > " + name + "`");
    } catch (IOException e) {
      throw new InvalidConfigException(name, List.of(), YamlReader.unreadable(e));
    }
    String migrated = migrate(original, name);
    if (migrated.equals(original)) {
      return false;
    }
    try {
      Files.writeString(file, migrated, StandardCharsets.UTF_8);
    } catch (IOException e) {
      String reason =
          e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getMessage();
      throw new InvalidConfigException(name, List.of(), "cannot be written (" + reason + ")");
    }
    return true;
  }

  /** The migrated text; {@code contents} itself when nothing needs to change. */
  public static String migrate(String contents, String name) {
    Object document = YamlReader.parse(contents, name);
    if (document instanceof List) {
      contents = wrapTopLevelList(contents);
    }
    return rewriteScalars(contents, name);
  }

  private static String wrapTopLevelList(String contents) {
    List<String> lines = splitKeepingEnds(contents);
    int i = 0;
    while (i < lines.size() && isHeader(lines.get(i))) {
      i++;
    }
    String header = String.join("", lines.subList(0, i));
    String rest = String.join("", lines.subList(i, lines.size()));
    String trial = header + "repos:\n" + rest;
    try {
      YamlReader.parse(trial, "");
      return trial;
    } catch (InvalidConfigException | YAMLException e) {
      StringBuilder indented = new StringBuilder(header).append("repos:\n");
      for (String line : lines.subList(i, lines.size())) {
        indented.append(line.isBlank() ? line : "    " + line);
      }
      return indented.toString();
    }
  }

  private static boolean isHeader(String line) {
    return line.startsWith("#") || line.startsWith("---") || line.isBlank();
  }

  private static List<String> splitKeepingEnds(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        lines.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  private record Rewrite(ScalarNode node, Function<ScalarNode, String> replacement) {}

  private static String rewriteScalars(String contents, String name) {
    Node root = YamlReader.compose(contents, name);
    if (!(root instanceof MappingNode)) {
      return contents;
    }
    Map<ScalarNode, Rewrite> rewrites = new IdentityHashMap<>();
    for (Node item : items(value(root, "default_stages"))) {
      addStageRewrite(item, rewrites);
    }
    for (Node repo : items(value(root, "repos"))) {
      if (!(repo instanceof MappingNode repoMap)) {
        continue;
      }
      for (NodeTuple tuple : repoMap.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("sha")) {
          rewrites.put(key, new Rewrite(key, node -> quoted(node, "rev")));
        }
      }
      for (Node hook : items(value(repo, "hooks"))) {
        if (value(hook, "language") instanceof ScalarNode language
            && language.getValue().equals("python_venv")) {
          rewrites.put(language, new Rewrite(language, node -> quoted(node, "python")));
        }
        for (Node stage : items(value(hook, "stages"))) {
          addStageRewrite(stage, rewrites);
        }
      }
    }
    List<Rewrite> ordered = new ArrayList<>(rewrites.values());
    ordered.removeIf(r -> quoteFor(r.node()) == null);
    ordered.sort(Comparator.comparingInt(r -> r.node().getStartMark().getIndex()));
    Collections.reverse(ordered);
    StringBuilder text = new StringBuilder(contents);
    for (Rewrite rewrite : ordered) {
      int start = contents.offsetByCodePoints(0, rewrite.node().getStartMark().getIndex());
      int end = contents.offsetByCodePoints(0, rewrite.node().getEndMark().getIndex());
      text.replace(start, end, rewrite.replacement().apply(rewrite.node()));
    }
    return text.toString();
  }

  private static void addStageRewrite(Node item, Map<ScalarNode, Rewrite> rewrites) {
    if (item instanceof ScalarNode stage && LEGACY_STAGES.contains(stage.getValue())) {
      rewrites.put(stage, new Rewrite(stage, node -> quoted(node, "pre-" + node.getValue())));
    }
  }

  private static String quoted(ScalarNode node, String value) {
    String quote = quoteFor(node);
    return quote + value + quote;
  }

  /** The quote a scalar was written with; null for block scalars, which are left alone. */
  private static String quoteFor(ScalarNode node) {
    ScalarStyle style = node.getScalarStyle();
    if (style == ScalarStyle.PLAIN) {
      return "";
    } else if (style == ScalarStyle.SINGLE_QUOTED) {
      return "'";
    } else if (style == ScalarStyle.DOUBLE_QUOTED) {
      return "\"";
    }
    return null;
  }

  private static Node value(Node mapping, String key) {
    if (mapping instanceof MappingNode map) {
      for (NodeTuple tuple : map.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
          return tuple.getValueNode();
        }
      }
    }
    return null;
  }

  private static List<Node> items(Node node) {
    return node instanceof SequenceNode sequence ? sequence.getValue() : List.of();
  }
}
