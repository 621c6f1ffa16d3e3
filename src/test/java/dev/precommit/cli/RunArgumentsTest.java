package dev.precommit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.precommit.CliContext;
import dev.precommit.ExitCodes;
import dev.precommit.testing.CliRun;
import dev.precommit.testing.TempGitRepo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RunArgumentsTest {
  @TempDir Path dir;

  private CliContext context() {
    return new CliContext(
        new ByteArrayInputStream(new byte[0]),
        new ByteArrayOutputStream(),
        new ByteArrayOutputStream(),
        dir,
        Map.of());
  }

  /** Command lines the lean reader takes; each must read exactly as picocli reads it. */
  private static final List<List<String>> READ_ALIKE =
      List.of(
          List.of("run"),
          List.of("run", "--all-files"),
          List.of("run", "-a"),
          List.of("run", "--all"),
          List.of("run", "trailing-whitespace", "--all-files", "--color", "never"),
          List.of("run", "--all-files", "trailing-whitespace", "--color=always"),
          List.of("run", "--files", "a.txt", "b/c.java", "--verbose"),
          List.of("run", "--files"),
          List.of("run", "--files", "a", "-v", "my-hook"),
          List.of("run", "my-hook", "--files", "a", "b"),
          List.of("run", "--from-ref", "HEAD~1", "--to-ref", "HEAD"),
          List.of("run", "-s", "origin/main", "-o", "HEAD", "--hook-stage", "pre-push"),
          List.of("run", "--source=a", "--origin=b"),
          List.of("run", "--last-commit", "--summary"),
          List.of("run", "--since", "main", "--no-summary"),
          List.of("run", "-a", "--report", "junit=a.xml", "--report", "sarif=b.sarif"),
          List.of("run", "-a", "--show-diff-on-failure", "--fail-fast", "--dry-run"),
          List.of("run", "-a", "-j", "3", "-c", "other.yaml"),
          List.of("run", "--jobs=12", "--config=x.yaml"),
          List.of("run", "--jobs", "0"),
          List.of(
              "run",
              "--hook-stage",
              "commit-msg",
              "--commit-msg-filename",
              ".git/COMMIT_EDITMSG",
              "--prepare-commit-message-source",
              "message",
              "--commit-object-name",
              "abc"),
          List.of(
              "run",
              "--remote-name",
              "origin",
              "--remote-url",
              "u",
              "--remote-branch",
              "refs/heads/x",
              "--local-branch",
              "refs/heads/y",
              "--pre-rebase-upstream",
              "up",
              "--pre-rebase-branch",
              "br",
              "--checkout-type",
              "1",
              "--is-squash-merge",
              "0",
              "--rewrite-command",
              "amend"));

  /** Command lines the lean reader leaves to picocli (errors, help, rarer spellings). */
  private static final List<List<String>> LEFT_TO_PICOCLI =
      List.of(
          List.of("run", "--help"),
          List.of("run", "-h"),
          List.of("run", "-V"),
          List.of("run", "--bogus"),
          List.of("run", "-av"),
          List.of("run", "--all-files", "--files", "a"),
          List.of("run", "--color", "never", "--color", "always"),
          List.of("run", "-a", "--all-files"),
          List.of("run", "one", "two"),
          List.of("run", "--", "a"),
          List.of("run", "@args.txt"),
          List.of("run", "--color"),
          List.of("run", "--color", "-v"),
          List.of("run", "--color="),
          List.of("run", "--verbose=true"),
          List.of("run", "--jobs", "x"),
          List.of("run", "--jobs", "010"),
          List.of("run", "--jobs", "-1"),
          List.of("run", "-j4"),
          List.of("run", ""),
          List.of("list"),
          List.of());

  @TestFactory
  Stream<DynamicTest> readsAsPicocliDoes() {
    return READ_ALIKE.stream()
        .map(
            args ->
                dynamicTest(
                    "[" + String.join(" ", args) + "]",
                    () -> {
                      RunCommand lean = RunArguments.parse(args.toArray(String[]::new), context());
                      assertThat(lean).as("the lean reader takes it").isNotNull();
                      assertThat(fields(lean)).isEqualTo(fields(picocli(args)));
                    }));
  }

  @TestFactory
  Stream<DynamicTest> leavesTheRestToPicocli() {
    return LEFT_TO_PICOCLI.stream()
        .map(
            args ->
                dynamicTest(
                    "[" + String.join(" ", args) + "]",
                    () ->
                        assertThat(RunArguments.parse(args.toArray(String[]::new), context()))
                            .isNull()));
  }

  @Test
  void aCommandLineLeftToPicocliStillGetsItsError() {
    CliRun run =
        CliRun.in(dir, TempGitRepo.isolatedEnv(dir), "run", "--color", "a", "--color", "b");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--color").contains("only once");
  }

  @Test
  void aRunReadLeanReportsErrorsInOneLine() {
    CliRun run = CliRun.in(dir, TempGitRepo.isolatedEnv(dir), "run", "--color", "purple");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .isEqualTo(
            "An error has occurred: invalid --color `purple`: expected one of auto, always,"
                + " never\n");
  }

  @Test
  void aSecondValueAfterOneReportIsAnErrorNotAHookIdWhicheverReaderReadsIt() {
    Map<String, String> env = TempGitRepo.isolatedEnv(dir);
    String expected =
        "An error has occurred: `sarif=b.sarif` is a report, not a hook id: give each report its"
            + " own --report, as in `--report junit=a.xml --report sarif=b.sarif`\n";
    // The lean reader reads this line; -av (clustered) leaves the other to picocli.
    for (List<String> args :
        List.of(
            List.of("run", "-a", "--report", "junit=a.xml", "sarif=b.sarif"),
            List.of("run", "-av", "--report", "junit=a.xml", "sarif=b.sarif"))) {
      CliRun run = CliRun.in(dir, env, args.toArray(String[]::new));

      assertThat(run.exitCode()).as("%s", args).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err()).as("%s", args).isEqualTo(expected);
    }
    assertThat(RunArguments.parse(new String[] {"run", "-av"}, context())).isNull();
  }

  private RunCommand picocli(List<String> args) {
    RunCommand run = new RunCommand(context());
    CommandLine root = new CommandLine(new RootCommand());
    root.addSubcommand(run);
    root.parseArgs(args.toArray(String[]::new));
    return run;
  }

  /** Every option field of {@code run}, its mixins' and file choice's flattened into entries. */
  private static Map<String, Object> fields(RunCommand run) throws IllegalAccessException {
    Map<String, Object> values = new LinkedHashMap<>();
    addFields(run, values);
    return values;
  }

  private static void addFields(Object options, Map<String, Object> values)
      throws IllegalAccessException {
    for (Field field : options.getClass().getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) || field.getName().equals("context")) {
        continue;
      }
      field.setAccessible(true);
      Object value = field.get(options);
      if (field.isAnnotationPresent(CommandLine.Mixin.class)) {
        addFields(value, values);
      } else if (value instanceof FileOptions.FileChoice choice) {
        values.put("allFiles", choice.allFiles);
        values.put("files", choice.files);
      } else {
        values.put(field.getName(), value);
      }
    }
  }
}
