package dev.precommit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** {@link YamlValues} must build what SnakeYAML's {@code SafeConstructor} builds. */
class YamlValuesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "[1, -1, +1, 0, -0, 0b101, 0x1F, -0x1f, 017, 1_000, 190:20:30, 2147483648, -2147483649]",
        "[12345678901234567890123, 9223372036854775807, 9223372036854775808]",
        "[1.5, -1.5e+3, .inf, -.Inf, +.INF, 1_0.5, 190:20:30.15, 6.8523015e+5, .5, 1.]",
        "[yes, No, ON, off, true, False, y, n, TRUE, 'yes']",
        "[~, null, Null, NULL, '', \"\", 'null']",
        "['1', \"2\", !!str 3, !!int '4', !!float '5', !!bool 'yes', !!null '']",
        "[2001-12-14, 2001-12-14t21:59:43.10-05:00, 2001-12-14 21:59:43.10 -5]",
        "{a: 1, b: 2, a: 3}",
        "{1: a, 2.5: b, true: c, null: d, [x]: e}",
        "base: &b {x: 1, y: 2}\nother:\n  <<: *b\n  y: 3\nmany:\n  <<: [*b, {z: 4, x: 5}]\n",
        "!!set {a, b, c}",
        "!!omap [{a: 1}, {b: 2}]",
        "a: &a [1, 2]\nb: [*a, *a]\n",
        "repos:\n- repo: local\n  hooks:\n  - {id: x, args: [--a=1, 2, '3'], stages: [commit]}\n",
        "plain text",
        "'multi\n\n  line'",
        "|\n  literal\n  block\n",
      })
  void buildsWhatSafeConstructorBuilds(String yaml) {
    assertThat(comparable(YamlReader.parse(yaml, "t.yaml")))
        .isEqualTo(comparable(safeConstructor(yaml)));
  }

  @Test
  @SuppressWarnings("unchecked")
  void scalarsResolveAsInPyYamlWhereSnakeYamlDiffers() {
    // SnakeYAML: floats. PyYAML (and so pre-commit): a float needs a dot, an exponent a sign.
    assertThat((List<Object>) YamlReader.parse("[1e3, 0123456789, 08, 12e45, 1.0e3]", "t"))
        .containsExactly("1e3", "0123456789", "08", "12e45", "1.0e3");
    assertThat((List<Object>) YamlReader.parse("[1.0e+3, 017, 0b11, 0x_1f, 1:30]", "t"))
        .containsExactly(1000.0, 15, 3, 31, 90);
  }

  @Test
  void theValueIndicatorCannotBeConstructedAsInPyYaml() {
    assertThatThrownBy(() -> YamlReader.parse("a: =\n", "t.yaml"))
        .hasMessage(
            "InvalidConfigError: \n==> File t.yaml\n=====> invalid YAML at line 1, column 4: could"
                + " not determine a"
                + " constructor for the tag tag:yaml.org,2002:value");
  }

  @Test
  void binaryBecomesBytes() {
    assertThat((byte[]) YamlReader.parse("!!binary aGVsbG8=", "t")).isEqualTo("hello".getBytes());
  }

  @Test
  void anEmptyDocumentIsNull() {
    assertThat(YamlReader.parse("# only a comment\n", "t")).isNull();
    assertThat(YamlReader.parse("", "t")).isNull();
  }

  @Test
  void timestampsReportPythonsTypeNames() {
    List<?> values = (List<?>) YamlReader.parse("[2001-12-14, 2001-12-14 21:59:43.10 -5]", "t");

    assertThat(values).extracting(PythonRepr::typeName).containsExactly("date", "datetime");
  }

  @Test
  void unknownTagsAreRefusedWithTheirPosition() {
    assertThatThrownBy(() -> YamlReader.parse("a: 1\nb: !thing x\n", "t.yaml"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessage(
            "InvalidConfigError: \n==> File t.yaml\n=====> invalid YAML at line 2, column 4: could"
                + " not determine a"
                + " constructor for the tag !thing");
  }

  @Test
  void recursiveStructuresAreRefused() {
    assertThatThrownBy(() -> YamlReader.parse("a: &a [1, *a]\n", "t.yaml"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageEndingWith("recursive structures are not supported");
  }

  @Test
  void sharedNodesAreBuiltOnce() {
    Map<?, ?> doc = (Map<?, ?>) YamlReader.parse("a: &a [1, 2]\nb: *a\n", "t");

    assertThat(doc.get("b")).isSameAs(doc.get("a"));
  }

  private static Object safeConstructor(String yaml) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true);
    return new Yaml(new SafeConstructor(options)).load(yaml);
  }

  /**
   * Equal-comparable: timestamps as a marker, NaN as a string, map entries sorted (key order is not
   * part of the contract; a repeated key keeps its first position here, as in Python).
   */
  private static Object comparable(Object value) {
    if (value instanceof Date || value instanceof YamlValues.Timestamp) {
      return "<timestamp>";
    } else if (value instanceof Double d && d.isNaN()) {
      return "<nan>";
    } else if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(comparable(v)));
      return out;
    } else if (value instanceof Set<?> set) {
      Set<Object> out = new LinkedHashSet<>();
      set.forEach(v -> out.add(comparable(v)));
      return List.of("<set>", new ArrayList<>(out));
    } else if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new TreeMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(comparable(k)), comparable(v)));
      return List.of("<map>", out, value.getClass().getSimpleName());
    } else if (value != null) {
      return List.of(value.getClass().getSimpleName(), value);
    }
    return "<null>";
  }
}
