package dev.precommit.config;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns a composed YAML node tree into plain values, exactly as SnakeYAML's {@code SafeConstructor}
 * would for YAML's standard tags: strings, booleans, integers ({@code Integer}, {@code Long} or
 * {@code BigInteger}), doubles, null, lists, maps, sets, byte arrays. Any other tag is an error. It
 * exists because constructing a {@code SafeConstructor} initialises {@code java.util.logging}
 * (through {@code TypeDescription}), about 40 ms of CPU on every commit; it is no less safe, since
 * it can only build those few types. {@code YamlValuesTest} checks it against {@code
 * SafeConstructor} value by value. Timestamps become {@link Timestamp} (only their type is ever
 * reported). Shared (aliased) nodes are converted once; recursive structures are refused.
 */
final class YamlValues {
  /** A YAML timestamp, kept as text: configs never use one as a value. */
  record Timestamp(String text) {
    /** True for a bare date, which Python loads as {@code date} rather than {@code datetime}. */
    boolean isDate() {
      return text.length() <= 10;
    }
  }

  private static final Map<String, Boolean> BOOLEANS =
      Map.of("yes", true, "no", false, "true", true, "false", false, "on", true, "off", false);

  private final String file;
  private final Map<Node, Object> done = new IdentityHashMap<>();
  private final Map<Node, Boolean> inProgress = new IdentityHashMap<>();

  private YamlValues(String file) {
    this.file = file;
  }

  /** The value of {@code root}; null for null or an empty document. */
  static Object convert(Node root, String file) {
    return root == null ? null : new YamlValues(file).value(root);
  }

  private Object value(Node node) {
    if (done.containsKey(node)) {
      return done.get(node);
    }
    if (inProgress.put(node, Boolean.TRUE) != null) {
      throw error(node, "recursive structures are not supported");
    }
    Object value;
    if (node instanceof ScalarNode scalar) {
      value = scalar(scalar);
    } else if (node instanceof SequenceNode sequence) {
      value = sequence(sequence);
    } else {
      value = mapping((MappingNode) node);
    }
    inProgress.remove(node);
    done.put(node, value);
    return value;
  }

  private Object scalar(ScalarNode node) {
    Tag tag = node.getTag();
    String text = node.getValue();
    if (tag.equals(Tag.STR)) {
      return text;
    } else if (tag.equals(Tag.NULL)) {
      return null;
    } else if (tag.equals(Tag.BOOL)) {
      Boolean b = BOOLEANS.get(text.toLowerCase(Locale.ROOT));
      if (b == null) {
        throw error(node, "cannot read " + text + " as a boolean");
      }
      return b;
    } else if (tag.equals(Tag.INT)) {
      return integer(node, text);
    } else if (tag.equals(Tag.FLOAT)) {
      return floating(node, text);
    } else if (tag.equals(Tag.TIMESTAMP)) {
      return new Timestamp(text);
    } else if (tag.equals(Tag.BINARY)) {
      try {
        return Base64.getMimeDecoder().decode(text);
      } catch (IllegalArgumentException e) {
        throw error(node, "invalid !!binary value");
      }
    }
    throw undefined(node);
  }

  private Object sequence(SequenceNode node) {
    if (node.getTag().equals(Tag.SEQ)) {
      List<Object> list = new ArrayList<>(node.getValue().size());
      for (Node item : node.getValue()) {
        list.add(value(item));
      }
      return list;
    } else if (node.getTag().equals(Tag.OMAP)) {
      Map<Object, Object> map = new LinkedHashMap<>();
      for (Node item : node.getValue()) {
        if (!(item instanceof MappingNode pair) || pair.getValue().size() != 1) {
          throw error(item, "expected a mapping of length 1 in an ordered map");
        }
        NodeTuple tuple = pair.getValue().get(0);
        map.put(value(tuple.getKeyNode()), value(tuple.getValueNode()));
      }
      return map;
    } else if (node.getTag().equals(Tag.PAIRS)) {
      List<Object> pairs = new ArrayList<>();
      for (Node item : node.getValue()) {
        if (!(item instanceof MappingNode pair) || pair.getValue().size() != 1) {
          throw error(item, "expected a mapping of length 1 in pairs");
        }
        NodeTuple tuple = pair.getValue().get(0);
        pairs.add(new Object[] {value(tuple.getKeyNode()), value(tuple.getValueNode())});
      }
      return pairs;
    }
    throw undefined(node);
  }

  private Object mapping(MappingNode node) {
    if (node.getTag().equals(Tag.SET)) {
      Set<Object> set = new LinkedHashSet<>();
      for (NodeTuple tuple : node.getValue()) {
        set.add(value(tuple.getKeyNode()));
      }
      return set;
    }
    if (!node.getTag().equals(Tag.MAP)) {
      throw undefined(node);
    }
    Map<Object, Object> map = new LinkedHashMap<>();
    for (NodeTuple tuple : node.getValue()) {
      // As a Python dict: a repeated key keeps its first position and takes the last value.
      map.put(value(tuple.getKeyNode()), value(tuple.getValueNode()));
    }
    return map;
  }

  private Object integer(ScalarNode node, String text) {
    String digits = text.replace("_", "");
    int sign = 1;
    if (digits.startsWith("-")) {
      sign = -1;
      digits = digits.substring(1);
    } else if (digits.startsWith("+")) {
      digits = digits.substring(1);
    }
    try {
      BigInteger value;
      if (digits.equals("0")) {
        return 0;
      } else if (digits.startsWith("0b")) {
        value = new BigInteger(digits.substring(2), 2);
      } else if (digits.startsWith("0x")) {
        value = new BigInteger(digits.substring(2), 16);
      } else if (digits.startsWith("0")) {
        value = new BigInteger(digits.substring(1), 8);
      } else if (digits.contains(":")) {
        value = BigInteger.ZERO;
        for (String part : digits.split(":")) {
          value = value.multiply(BigInteger.valueOf(60)).add(new BigInteger(part));
        }
      } else {
        value = new BigInteger(digits);
      }
      value = sign < 0 ? value.negate() : value;
      if (value.bitLength() < 32) {
        return value.intValue();
      } else if (value.bitLength() < 64) {
        return value.longValue();
      }
      return value;
    } catch (NumberFormatException e) {
      throw error(node, "cannot read " + text + " as an integer");
    }
  }

  private Object floating(ScalarNode node, String text) {
    String digits = text.replace("_", "").toLowerCase(Locale.ROOT);
    double sign = 1;
    if (digits.startsWith("-")) {
      sign = -1;
      digits = digits.substring(1);
    } else if (digits.startsWith("+")) {
      digits = digits.substring(1);
    }
    try {
      if (digits.equals(".inf")) {
        return sign * Double.POSITIVE_INFINITY;
      } else if (digits.equals(".nan")) {
        return Double.NaN;
      } else if (digits.contains(":")) {
        double value = 0;
        for (String part : digits.split(":")) {
          value = value * 60 + Double.parseDouble(part);
        }
        return sign * value;
      }
      return sign * Double.parseDouble(digits);
    } catch (NumberFormatException e) {
      throw error(node, "cannot read " + text + " as a float");
    }
  }

  private InvalidConfigException undefined(Node node) {
    return error(node, "could not determine a constructor for the tag " + node.getTag());
  }

  private InvalidConfigException error(Node node, String problem) {
    Mark mark = node.getStartMark();
    String at =
        mark == null
            ? ""
            : " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
    return new InvalidConfigException(file, List.of(), "invalid YAML" + at + ": " + problem);
  }
}
