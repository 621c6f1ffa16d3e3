package dev.precommit.select;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties over seeded random strings: any text, escaped as Python would, matches itself. */
class PythonRegexPropertiesTest {
  private static final String SPECIALS = "()[]{}?*+-|^$\\.&~# \t\n\r\u000b\f";

  /** Python's {@code re.escape}: a backslash before each of its special characters. */
  private static String pythonEscape(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints()
        .forEach(
            c -> {
              if (SPECIALS.indexOf(c) >= 0) {
                out.append('\\');
              }
              out.appendCodePoint(c);
            });
    return out.toString();
  }

  /** Up to 12 code points, mostly the characters regex syntax cares about. */
  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(13);
    for (int i = 0; i < length; i++) {
      switch (random.nextInt(4)) {
        case 0 -> text.append(SPECIALS.charAt(random.nextInt(SPECIALS.length())));
        case 1 -> text.append((char) (0x20 + random.nextInt(0x5f)));
        case 2 -> text.appendCodePoint(random.nextInt(0xd800));
        default -> text.appendCodePoint(0x10000 + random.nextInt(0x100000 - 0x10000));
      }
    }
    return text.toString();
  }

  @Test
  void anEscapedStringMatchesItselfOnly() {
    Random random = new Random(20261126);
    for (int i = 0; i < 3_000; i++) {
      String text = randomText(random);
      String other = randomText(random);
      String escaped = pythonEscape(text);

      assertThat(PythonRegex.compile(escaped).matcher(text).matches()).as(escaped).isTrue();
      assertThat(PythonRegex.compile("(?x)" + escaped).matcher(text).matches()).isTrue();
      assertThat(PythonRegex.compile(escaped).matcher(other).matches())
          .isEqualTo(other.equals(text));
    }
  }

  @Test
  void aClassOfTheStringsCharsMatchesEachOfThem() {
    Random random = new Random(7);
    for (int i = 0; i < 3_000; i++) {
      String text = randomText(random);
      if (text.isEmpty()) {
        continue;
      }
      String set = "[" + pythonEscape(text) + "]+";

      assertThat(PythonRegex.compile("^" + set + "\\Z").matcher(text).find()).as(set).isTrue();
    }
  }
}
