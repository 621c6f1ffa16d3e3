package dev.precommit.hooks.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.hooks.BuiltinChecks;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckResult;
import dev.precommit.hooks.ContentCheck;
import dev.precommit.hooks.FusedPass;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every golden case under {@code src/test/resources/golden/<check-id>/} of a content check:
 * {@code <file>.input} is the file (its name minus {@code .input} is the path the check sees),
 * {@code <file>.args} the hook's args (one a line), {@code <file>.output} the expected content
 * afterwards (absent: unchanged), {@code <file>.messages} the expected output (absent: none),
 * {@code <file>.exit} the expected exit code (absent: 1 if anything was printed or changed, else
 * 0). A fixer is then run on its own output and must leave it alone.
 */
class GoldenCheckTest {
  @TempDir Path dir;

  static Stream<Arguments> cases() throws IOException, URISyntaxException {
    Path golden = Path.of(GoldenCheckTest.class.getResource("/golden").toURI());
    List<Arguments> cases = new ArrayList<>();
    BuiltinChecks registry = BuiltinChecks.standard();
    try (Stream<Path> files = Files.walk(golden)) {
      files
          .filter(p -> p.getFileName().toString().endsWith(".input"))
          .filter(
              p ->
                  registry.find(p.getParent().getFileName().toString()).orElse(null)
                      instanceof ContentCheck)
          .sorted()
          .forEach(
              p -> {
                String name = p.getFileName().toString();
                cases.add(
                    Arguments.of(
                        p.getParent().getFileName().toString(),
                        name.substring(0, name.length() - ".input".length()),
                        p.getParent()));
              });
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}/{1}")
  @MethodSource("cases")
  void golden(String checkId, String file, Path caseDir) throws IOException {
    ContentCheck check = (ContentCheck) BuiltinChecks.standard().find(checkId).orElseThrow();
    byte[] input = Files.readAllBytes(caseDir.resolve(file + ".input"));
    List<String> args = readArgs(caseDir.resolve(file + ".args"));
    byte[] expectedContent = readOr(caseDir.resolve(file + ".output"), input);
    byte[] expectedMessages = readOr(caseDir.resolve(file + ".messages"), new byte[0]);

    CheckResult first = run(check, file, input, args);
    assertThat(new String(first.output(), StandardCharsets.UTF_8))
        .as("messages")
        .isEqualTo(new String(expectedMessages, StandardCharsets.UTF_8));
    assertThat(first.output()).as("message bytes").isEqualTo(expectedMessages);
    byte[] after = Files.readAllBytes(dir.resolve(file));
    assertThat(after).as("content").isEqualTo(expectedContent);
    boolean changed = !java.util.Arrays.equals(input, after);
    int expectedExit =
        Files.exists(caseDir.resolve(file + ".exit"))
            ? Integer.parseInt(Files.readString(caseDir.resolve(file + ".exit")).strip())
            : (changed || expectedMessages.length > 0 ? 1 : 0);
    assertThat(first.exitCode()).as("exit code").isEqualTo(expectedExit);
    assertThat(first.modifiedFiles())
        .isEqualTo(changed ? java.util.Set.of(file) : java.util.Set.of());

    if (changed) {
      CheckResult second = run(check, file, after, args);
      assertThat(Files.readAllBytes(dir.resolve(file))).as("idempotent").isEqualTo(after);
      assertThat(second.modifiedFiles()).isEmpty();
    }
  }

  private CheckResult run(ContentCheck check, String file, byte[] content, List<String> args)
      throws IOException {
    Path path = dir.resolve(file);
    Files.createDirectories(path.getParent());
    Files.write(path, content);
    CheckContext context =
        new CheckContext(dir, null, Map.of("HOME", dir.toString()), 1, null, List.of());
    return FusedPass.run(context, List.of(FusedPass.Step.of(check, args, List.of(file)))).get(0);
  }

  private static List<String> readArgs(Path file) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    List<String> args = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isEmpty()) {
        args.add(line);
      }
    }
    return args;
  }

  private static byte[] readOr(Path file, byte[] fallback) throws IOException {
    return Files.exists(file) ? Files.readAllBytes(file) : fallback;
  }
}
