package dev.precommit.config;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Decides what a plain scalar is (string, int, float, bool, null, timestamp) with PyYAML's YAML 1.1
 * rules, which pre-commit uses, instead of SnakeYAML's. They differ where it matters for configs:
 * SnakeYAML reads {@code 1e3} and {@code 0123456789} (a commit id) as floats, PyYAML as strings,
 * and pre-commit would accept such a {@code rev} while we refused it. Patterns and their order are
 * PyYAML's ({@code yaml/resolver.py}); {@code =} resolves to the value tag, which the safe loader
 * cannot construct, as in PyYAML.
 */
final class PyYamlResolver extends Resolver {
  private static final Pattern BOOL =
      Pattern.compile(
          "^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$");

  private static final Pattern FLOAT =
      Pattern.compile(
          "^(?:[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?"
              + "|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
              + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
              + "|[-+]?\\.(?:inf|Inf|INF)"
              + "|\\.(?:nan|NaN|NAN))$");

  private static final Pattern INT =
      Pattern.compile(
          "^(?:[-+]?0b[0-1_]+"
              + "|[-+]?0[0-7_]+"
              + "|[-+]?(?:0|[1-9][0-9_]*)"
              + "|[-+]?0x[0-9a-fA-F_]+"
              + "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$");

  private static final Pattern MERGE = Pattern.compile("^(?:<<)$");

  private static final Pattern NULL = Pattern.compile("^(?:~|null|Null|NULL|)$");

  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
              + "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
              + "(?:[Tt]|[ \\t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?"
              + "(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$");

  private static final Pattern VALUE = Pattern.compile("^(?:=)$");

  /** The tag PyYAML gives {@code =}; no safe constructor exists for it. */
  static final Tag VALUE_TAG = new Tag("tag:yaml.org,2002:value");

  @Override
  protected void addImplicitResolvers() {
    addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
    addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
    addImplicitResolver(Tag.INT, INT, "-+0123456789");
    addImplicitResolver(Tag.MERGE, MERGE, "<");
    // '\0' is where SnakeYAML files resolvers for the empty string.
    addImplicitResolver(Tag.NULL, NULL, "~nN\0");
    addImplicitResolver(Tag.TIMESTAMP, TIMESTAMP, "0123456789");
    addImplicitResolver(VALUE_TAG, VALUE, "=");
  }
}
