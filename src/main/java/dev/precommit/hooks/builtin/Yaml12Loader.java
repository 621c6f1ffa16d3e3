package dev.precommit.hooks.builtin;

import java.math.BigInteger;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A SnakeYAML safe loader that resolves plain scalars as ruamel.yaml does for YAML 1.2: only {@code
 * true}/{@code false} are booleans ({@code yes}, {@code on} are strings), integers may be {@code
 * 0o17}, {@code 0x1F}, {@code 0b101} or decimal, no sexagesimal numbers. So a mapping with keys
 * {@code yes} and {@code on} is valid, as under check-yaml, instead of a duplicate {@code true}.
 * Duplicate keys are errors, as in ruamel, and SnakeYAML's size limits are lifted.
 */
final class Yaml12Loader {
  private static final Pattern BOOL_12 = Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");
  private static final Pattern FLOAT_12 =
      Pattern.compile(
          "^(?:[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+]?[0-9]+)?"
              + "|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)"
              + "|\\.[0-9_]+(?:[eE][-+][0-9]+)?"
              + "|[-+]?\\.(?:inf|Inf|INF)"
              + "|\\.(?:nan|NaN|NAN))$");
  private static final Pattern INT_12 =
      Pattern.compile("^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+)$");
  private static final Pattern NULL_12 = Pattern.compile("^(?:~|null|Null|NULL|)$");

  private Yaml12Loader() {}

  static Yaml create() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(Integer.MAX_VALUE);
    options.setCodePointLimit(Integer.MAX_VALUE);
    options.setNestingDepthLimit(1000);
    options.setAllowRecursiveKeys(true);
    DumperOptions dumper = new DumperOptions();
    return new Yaml(
        new Constructor(options), new Representer(dumper), dumper, options, new CoreResolver());
  }

  /** YAML 1.2 core-schema resolution, with ruamel's patterns. */
  private static final class CoreResolver extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(Tag.BOOL, BOOL_12, "tfTF");
      addImplicitResolver(Tag.INT, INT_12, "-+0123456789");
      addImplicitResolver(Tag.FLOAT, FLOAT_12, "-+0123456789.");
      addImplicitResolver(Tag.MERGE, MERGE, "<");
      addImplicitResolver(Tag.NULL, NULL_12, "~nN\0");
      addImplicitResolver(Tag.NULL, EMPTY, null);
      addImplicitResolver(Tag.TIMESTAMP, TIMESTAMP, "0123456789");
    }
  }

  /** The safe constructor, reading integers in their YAML 1.2 forms. */
  private static final class Constructor extends SafeConstructor {
    Constructor(LoaderOptions options) {
      super(options);
      yamlConstructors.put(Tag.INT, new ConstructInt());
    }

    private final class ConstructInt extends AbstractConstruct {
      @Override
      public Object construct(Node node) {
        String value = constructScalar((ScalarNode) node).replace("_", "");
        int sign = 1;
        if (value.startsWith("-")) {
          sign = -1;
          value = value.substring(1);
        } else if (value.startsWith("+")) {
          value = value.substring(1);
        }
        BigInteger n;
        if (value.startsWith("0b")) {
          n = new BigInteger(value.substring(2), 2);
        } else if (value.startsWith("0x")) {
          n = new BigInteger(value.substring(2), 16);
        } else if (value.startsWith("0o")) {
          n = new BigInteger(value.substring(2), 8);
        } else {
          n = new BigInteger(value.isEmpty() ? "0" : value);
        }
        return sign < 0 ? n.negate() : n;
      }
    }
  }
}
