package dev.precommit.hooks.builtin;

import dev.precommit.config.Stage;
import dev.precommit.hooks.Check;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckInfo;
import dev.precommit.hooks.CheckResult;
import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code gradle-test}: runs {@code ./gradlew test} (then the hook's {@code args}, so task options
 * such as {@code --tests X} apply). Gradle's up-to-date checks already skip the test tasks of
 * projects whose inputs did not change, so the check needs no module selection of its own. Only the
 * Gradle wrapper is used: a project's wrapper pins its Gradle version, and a system {@code gradle}
 * of another version is a common source of builds that pass here and fail in CI.
 */
public final class GradleTestCheck implements Check {
  private static final CheckInfo INFO =
      new CheckInfo(
          "gradle-test",
          "gradle test",
          "runs the project's tests with the Gradle wrapper.",
          "",
          "^$",
          List.of("file"),
          List.of(),
          List.of(),
          List.of(Stage.PRE_COMMIT, Stage.PRE_PUSH, Stage.MANUAL),
          false,
          false,
          true,
          false);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public CheckResult run(CheckContext context, List<String> files, List<String> args)
      throws IOException {
    Path wrapper = context.root().resolve("gradlew");
    if (!Files.isRegularFile(wrapper) || !Files.isExecutable(wrapper)) {
      String line =
          "gradle-test: no executable ./gradlew in "
              + context.root()
              + "; add the Gradle wrapper (gradle wrapper) and commit it\n";
      return new CheckResult(1, line.getBytes(StandardCharsets.UTF_8), Set.of());
    }
    List<String> command = new ArrayList<>(List.of(wrapper.toString(), "test"));
    command.addAll(args);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> shown = new ArrayList<>(command);
    shown.set(0, "./gradlew");
    out.writeBytes(
        ("gradle-test: " + String.join(" ", shown) + "\n").getBytes(StandardCharsets.UTF_8));
    ProcessResult result = ProcessRunner.merged(context.environment()).run(command, context.root());
    out.writeBytes(result.output());
    return new CheckResult(result.exitCode(), out.toByteArray(), Set.of());
  }
}
