package dev.precommit.hooks.formatters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The pieces of the wrapper's behaviour that need no commit. */
class PrettyFormatJavaTest {

  @Test
  void versionsCompareAsPackagingDoes() {
    assertThat(Versions.compare("1.9", "1.10.0")).isNegative();
    assertThat(Versions.compare("1.28.0", "1.28")).isZero();
    assertThat(Versions.compare("1.33.0", "1.28.0")).isPositive();
  }

  @Test
  void aVersionThisJvmCannotRunIsOneLine() {
    int feature = Runtime.version().feature();
    assertThat(PrettyFormatJava.cannotRun("1.28.0")).isEmpty();
    assertThat(PrettyFormatJava.cannotRun("1.7"))
        .contains(
            "pretty-format-java: google-java-format 1.7 runs only on Java 15 or older, and"
                + " precommit runs on Java "
                + feature
                + ": ask for a newer version with --google-java-formatter-version");
    if (feature < 21) {
      assertThat(PrettyFormatJava.cannotRun("1.33.0"))
          .contains(
              "pretty-format-java: google-java-format 1.33.0 needs Java 21 or newer, and precommit"
                  + " runs on Java "
                  + feature
                  + ": run precommit on a JDK 21+ (JAVA_HOME) or pin"
                  + " --google-java-formatter-version=1.28.0 in the hook's args");
    } else {
      assertThat(PrettyFormatJava.cannotRun("1.33.0")).isEmpty();
    }
  }

  @Test
  void linesSplitAsPythonSplitsThem() {
    assertThat(PythonLines.split("a\nb\r\nc\rd\u2028e\n")).containsExactly("a", "b", "c", "d", "e");
    assertThat(PythonLines.split("")).isEmpty();
  }

  @Test
  void releasesByTagOrCommit() {
    assertThat(WrapperRelease.of("v2.15.0"))
        .get()
        .extracting(WrapperRelease::googleJavaFormat)
        .isEqualTo("1.27.0");
    assertThat(WrapperRelease.of("19b28a9f0a0102b30776f054bea4176e7af50dbe")).isPresent();
    assertThat(WrapperRelease.of("v2.13.0")).isEmpty();
  }

  @Test
  void aCommandIsLoggedAsAPythonTuple() {
    StringBuilder out = new StringBuilder();
    new WrapperTrace(java.nio.file.Path.of("/"), out).command(List.of("java", "it's"));
    assertThat(out).hasToString("[cwd=/] Run command: ('java', \"it's\")\n");
  }
}
