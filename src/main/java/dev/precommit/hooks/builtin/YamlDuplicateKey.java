package dev.precommit.hooks.builtin;

import java.io.StringReader;
import java.math.BigInteger;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Words a duplicate key as ruamel.yaml does, {@code found duplicate key "a" with value "2"
 * (original value: "1")}, by finding the two entries in the composed document. Values print as
 * Python's {@code str()} of what the safe loader has built at that moment: scalars in full,
 * collections still empty ({@code {}}, {@code []}).
 */
final class YamlDuplicateKey {
  private YamlDuplicateKey() {}

  /** ruamel's problem text, or null when the entries cannot be found. */
  static String problem(String text, Mark mapping, Mark key) {
    try {
      Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Node document : Yaml12Loader.create().composeAll(new StringReader(text))) {
        MappingNode node = find(document, mapping.getIndex(), seen);
        if (node != null) {
          return describe(node.getValue(), key.getIndex());
        }
      }
    } catch (RuntimeException e) {
      return null;
    }
    return null;
  }

  private static MappingNode find(Node node, int index, Set<Node> seen) {
    if (node == null || !seen.add(node)) {
      return null;
    }
    if (node instanceof MappingNode m) {
      if (m.getStartMark().getIndex() == index) {
        return m;
      }
      for (NodeTuple t : m.getValue()) {
        MappingNode found = find(t.getKeyNode(), index, seen);
        if (found == null) {
          found = find(t.getValueNode(), index, seen);
        }
        if (found != null) {
          return found;
        }
      }
    } else if (node instanceof SequenceNode s) {
      for (Node child : s.getValue()) {
        MappingNode found = find(child, index, seen);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static String describe(List<NodeTuple> tuples, int keyIndex) {
    for (int i = 0; i < tuples.size(); i++) {
      NodeTuple duplicate = tuples.get(i);
      if (duplicate.getKeyNode().getStartMark().getIndex() != keyIndex) {
        continue;
      }
      String key = str(duplicate.getKeyNode());
      for (int j = 0; j < i; j++) {
        if (str(tuples.get(j).getKeyNode()).equals(key)) {
          return "found duplicate key \""
              + key
              + "\" with value \""
              + str(duplicate.getValueNode())
              + "\" (original value: \""
              + str(tuples.get(j).getValueNode())
              + "\")";
        }
      }
    }
    return null;
  }

  /** Python's {@code str()} of the value the safe loader builds for {@code node}. */
  static String str(Node node) {
    if (node instanceof MappingNode) {
      return "{}";
    }
    if (node instanceof SequenceNode) {
      return "[]";
    }
    String value = ((ScalarNode) node).getValue();
    Tag tag = node.getTag();
    try {
      if (tag.equals(Tag.NULL)) {
        return "None";
      }
      if (tag.equals(Tag.BOOL)) {
        return value.toLowerCase(java.util.Locale.ROOT).equals("true") ? "True" : "False";
      }
      if (tag.equals(Tag.INT)) {
        return integer(value).toString();
      }
      if (tag.equals(Tag.FLOAT)) {
        String v = value.replace("_", "").toLowerCase(java.util.Locale.ROOT);
        if (v.endsWith(".inf")) {
          return v.startsWith("-") ? "-inf" : "inf";
        }
        if (v.endsWith(".nan")) {
          return "nan";
        }
        double d = Double.parseDouble(v);
        return Double.isInfinite(d) ? (d > 0 ? "inf" : "-inf") : PythonJson.floatRepr(d);
      }
    } catch (NumberFormatException e) {
      return value;
    }
    return value;
  }

  private static BigInteger integer(String text) {
    String v = text.replace("_", "");
    boolean negative = v.startsWith("-");
    if (v.startsWith("-") || v.startsWith("+")) {
      v = v.substring(1);
    }
    BigInteger n =
        v.startsWith("0b")
            ? new BigInteger(v.substring(2), 2)
            : v.startsWith("0x")
                ? new BigInteger(v.substring(2), 16)
                : v.startsWith("0o") ? new BigInteger(v.substring(2), 8) : new BigInteger(v);
    return negative ? n.negate() : n;
  }
}
