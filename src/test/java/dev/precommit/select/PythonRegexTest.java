package dev.precommit.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

/** Decisions of the translation, by example; {@link PythonRegexCasesTest} has CPython's table. */
class PythonRegexTest {

  private static boolean finds(String pattern, String subject) {
    return PythonRegex.compile(pattern).matcher(subject).find();
  }

  @Test
  void groupNamesJavaCannotSpellStillWork() {
    assertThat(finds("(?P<file_name>[a-z]+)\\.(?P=file_name)", "src/ab.ab")).isTrue();
    assertThat(finds("(?P<file_name>[a-z]+)\\.(?P=file_name)", "src/ab.cd")).isFalse();
    assertThat(PythonRegex.compile("(?P<ext>py)$").matcher("a.py").results().count()).isOne();
  }

  @Test
  void unicodeClassesAreLikePython3Str() {
    assertThat(finds("^\\d$", "\u0663")).isTrue();
    assertThat(finds("^\\w$", "\u00bd")).isTrue();
    assertThat(finds("^\\w$", "\u0301")).as("combining mark: not Python's \\w").isFalse();
    assertThat(finds("^\\s$", "\u001c")).isTrue();
    assertThat(finds("(?a)^\\w$", "\u00e9")).isFalse();
    assertThat(finds("\\bcaf\\u00e9\\b", "un caf\u00e9!")).isTrue();
    assertThat(finds("(?i)\u00e9", "\u00c9")).isTrue();
  }

  @Test
  void onlyLineFeedEndsALine() {
    assertThat(finds("a$", "a\n")).isTrue();
    assertThat(finds("a$", "a\r\n")).isFalse();
    assertThat(finds("a.b", "a\rb")).isTrue();
    assertThat(finds("a.b", "a\u2028b")).isTrue();
    assertThat(finds("a.b", "a\nb")).isFalse();
    assertThat(PythonRegex.compile("(?m)^").matcher("a\n").results().count()).isEqualTo(2);
  }

  @Test
  void verboseModeKeepsSpacesAndHashesInsideClasses() {
    assertThat(finds("(?x) ^ a [ #] b  # trailing comment", "a b")).isTrue();
    assertThat(finds("(?x) ^ a [ #] b  # trailing comment", "a#b")).isTrue();
    assertThat(finds("(?x) ^ a [ #] b  # trailing comment", "ab")).isFalse();
    assertThat(PythonRegex.compile("a b", Pattern.COMMENTS).matcher("ab").find()).isTrue();
  }

  @Test
  void bracesThatAreNoQuantifierAreLiterals() {
    assertThat(finds("^x{}$", "x{}")).isTrue();
    assertThat(finds("^{a}$", "{a}")).isTrue();
    assertThat(finds("^a{,2}$", "aa")).isTrue();
    assertThat(finds("^a{1, 2}$", "a{1, 2}")).isTrue();
  }

  @Test
  void rejectsWhatPythonRejectsWithItsMessage() {
    assertThatThrownBy(() -> PythonRegex.compile("a(?i)b"))
        .isInstanceOf(PatternSyntaxException.class)
        .hasMessageStartingWith("global flags not at the start of the expression");
    assertThatThrownBy(() -> PythonRegex.compile("\\p{L}"))
        .hasMessageStartingWith("bad escape \\p");
    assertThatThrownBy(() -> PythonRegex.compile("*.py"))
        .hasMessageStartingWith("nothing to repeat");
    assertThatThrownBy(() -> PythonRegex.compile("[a-"))
        .hasMessageStartingWith("unterminated character set");
    assertThatThrownBy(() -> PythonRegex.compile("(a)\\2"))
        .hasMessageStartingWith("invalid group reference 2");
    assertThatThrownBy(() -> PythonRegex.compile("(?(1)a|b)"))
        .hasMessageStartingWith("conditional groups");
  }

  @Test
  void bytesPatternsAreAscii() {
    String eAcute = "\u00c3\u00a9"; // the UTF-8 bytes of é, one char per byte

    assertThat(PythonRegex.compileBytes("\\w", 0).matcher(eAcute).find()).isFalse();
    assertThat(PythonRegex.compileBytes(eAcute, 0).matcher("caf" + eAcute).find()).isTrue();
    assertThat(PythonRegex.compileBytes("(?i)ABC", 0).matcher("abc").find()).isTrue();
    assertThatThrownBy(() -> PythonRegex.compileBytes("\\u00e9", 0))
        .hasMessageStartingWith("bad escape \\u");
  }

  @Test
  void javaFlagsStandForPythonFlags() {
    assertThat(
            PythonRegex.compile("^B$", Pattern.MULTILINE | Pattern.CASE_INSENSITIVE)
                .matcher("a\nb\n")
                .find())
        .isTrue();
    assertThat(PythonRegex.compile("a.b", Pattern.DOTALL).matcher("a\nb").find()).isTrue();
    assertThatThrownBy(() -> PythonRegex.compile("a", Pattern.LITERAL))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
