package dev.precommit.hooks.builtin;

import dev.precommit.hooks.ArgumentParser;
import dev.precommit.hooks.Check;
import dev.precommit.hooks.CheckAbortedException;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckInfo;
import dev.precommit.hooks.CheckResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code name-tests-test}: every file under a {@code tests/} directory (the manifest's {@code
 * files}) must be named as a test: {@code --pytest} (the default) {@code .*_test\.py}, {@code
 * --pytest-test-first} {@code test_.*\.py}, {@code --django}/{@code --unittest} {@code test.*\.py},
 * matched against the whole base name; {@code __init__.py} and {@code conftest.py} pass. Prints
 * {@code <file> does not match pattern "<pattern>"} per file, in argument order. Names only: no
 * file is read.
 */
public final class NameTestsTest implements Check {
  private static final String PYTEST = ".*_test\\.py";
  private static final String PYTEST_TEST_FIRST = "test_.*\\.py";
  private static final String UNITTEST = "test.*\\.py";

  @Override
  public CheckInfo info() {
    return Manifest.files(
        "name-tests-test",
        "python tests naming",
        "verifies that test files are named correctly.",
        "(^|/)tests/.+\\.py$",
        false);
  }

  @Override
  public CheckResult run(CheckContext context, List<String> files, List<String> args) {
    ArgumentParser parser =
        new ArgumentParser("name-tests-test")
            .flag("pytest", "--pytest")
            .flag("pytest_test_first", "--pytest-test-first")
            .flag("django", "--django", "--unittest")
            .exclusive("pytest", "pytest_test_first", "django");
    ArgumentParser.Parsed parsed;
    try {
      parsed = parser.parse(args);
    } catch (CheckAbortedException e) {
      return e.toResult();
    }
    // The three store one pattern (dest) and exclude each other: at most one of them is set.
    String pattern =
        parsed.flag("pytest_test_first")
            ? PYTEST_TEST_FIRST
            : parsed.flag("django") ? UNITTEST : PYTEST;
    // Python's '.' is any character but \n.
    Pattern regex = Pattern.compile(pattern, Pattern.UNIX_LINES);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exitCode = 0;
    for (String filename : parsed.filenames(files)) {
      String base = filename.substring(filename.lastIndexOf('/') + 1);
      if (!regex.matcher(base).matches()
          && !base.equals("__init__.py")
          && !base.equals("conftest.py")) {
        exitCode = 1;
        out.writeBytes(
            (filename + " does not match pattern \"" + pattern + "\"\n")
                .getBytes(StandardCharsets.UTF_8));
      }
    }
    return new CheckResult(exitCode, out.toByteArray(), Set.of());
  }
}
