package dev.precommit.hooks.builtin;

import static dev.precommit.hooks.builtin.GitCheckFixture.context;
import static dev.precommit.hooks.builtin.GitCheckFixture.output;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.hooks.CheckResult;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * name-tests-test against pre-commit-hooks 6.0.0's script (Python 3.11), recorded over the same
 * files and arguments: {@code name-tests-test ARGS tests/a.py tests/test_b.py tests/b_test.py
 * tests/testc.py tests/__init__.py}.
 */
class NameTestsTestTest {
  private static final List<String> FILES =
      List.of(
          "tests/a.py",
          "tests/test_b.py",
          "tests/b_test.py",
          "tests/testc.py",
          "tests/__init__.py");
  private static final String USAGE =
      "usage: name-tests-test [-h] [--pytest | --pytest-test-first | --django]\n"
          + "                       [filenames ...]\n"
          + "name-tests-test: error: ";

  @TempDir Path dir;

  private CheckResult run(String args) {
    TempGitRepo repo = TempGitRepo.init(dir.resolve("repo"));
    List<String> argv = args.isEmpty() ? List.of() : Arrays.asList(args.split(" "));
    return new NameTestsTest().run(context(repo), FILES, argv);
  }

  private static String misnamed(String pattern, String... files) {
    StringBuilder out = new StringBuilder();
    for (String f : files) {
      out.append("tests/")
          .append(f)
          .append(" does not match pattern \"")
          .append(pattern)
          .append("\"\n");
    }
    return out.toString();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|.*_test\\.py|a.py,test_b.py,testc.py",
        "--pytest|.*_test\\.py|a.py,test_b.py,testc.py",
        "--pytest-test-first|test_.*\\.py|a.py,b_test.py,testc.py",
        "--django|test.*\\.py|a.py,b_test.py",
        "--unittest|test.*\\.py|a.py,b_test.py",
        "--django --unittest|test.*\\.py|a.py,b_test.py",
        "--un|test.*\\.py|a.py,b_test.py",
      })
  void eachPatternAsTheScriptReportsIt(String args, String pattern, String files) {
    CheckResult result = run(args);

    assertThat(output(result)).isEqualTo(misnamed(pattern, files.split(",")));
    assertThat(result.exitCode()).isEqualTo(1);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--pytest --django|argument --django/--unittest: not allowed with argument --pytest",
        "--django --pytest|argument --pytest: not allowed with argument --django/--unittest",
        "--pytest-test-first --pytest|argument --pytest: not allowed with argument"
            + " --pytest-test-first",
        "--pyt|ambiguous option: --pyt could match --pytest, --pytest-test-first",
        "-x|unrecognized arguments: -x",
        "--django=1|argument --django/--unittest: ignored explicit argument '1'",
      })
  void argumentErrorsAsArgparseWordsThem(String args, String error) {
    CheckResult result = run(args);

    assertThat(output(result)).isEqualTo(USAGE + error + "\n");
    assertThat(result.exitCode()).isEqualTo(2);
  }
}
