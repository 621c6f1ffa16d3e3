package dev.precommit.select;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class PythonRegexPropertiesTest {

  /** Python's {@code re.escape}: a backslash before each of its special characters. */
  private static String pythonEscape(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints()
        .forEach(
            c -> {
              if ("()[]{}?*+-|^$\\.&~# \t\n\r\u000b\f".indexOf(c) >= 0) {
                out.append('\\');
              }
              out.appendCodePoint(c);
            });
    return out.toString();
  }

  @Property
  void anEscapedStringMatchesItselfOnly(@ForAll String text, @ForAll String other) {
    String escaped = pythonEscape(text);

    assertThat(PythonRegex.compile(escaped).matcher(text).matches()).isTrue();
    assertThat(PythonRegex.compile("(?x)" + escaped).matcher(text).matches()).isTrue();
    assertThat(PythonRegex.compile(escaped).matcher(other).matches()).isEqualTo(other.equals(text));
  }

  @Property
  void aClassOfTheStringsCharsMatchesEachOfThem(@ForAll String text) {
    if (text.isEmpty()) {
      return;
    }
    String set = "[" + pythonEscape(text).replace("]", "\\]") + "]+";

    assertThat(PythonRegex.compile("^" + set + "\\Z").matcher(text).find()).isTrue();
  }
}
