package dev.precommit.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.lang.Languages;
import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import dev.precommit.testing.EngineLauncher;
import dev.precommit.testing.TempGitRepo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's language table against what precommit does: it names every language precommit
 * registers, and its "needs on PATH" column is what {@code precommit validate-config} and {@code
 * precommit install-hooks} ask for on a machine where nothing but git is on {@code PATH} (and
 * apt-get, so the install commands are Debian's, as in the README's example line).
 */
class ReadmeLanguagesTest {
  private static final Path README = Path.of("README.md");
  private static final String HEADING = "### Languages";
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  @TempDir Path dir;

  /** One row of the table: the language names (aliases together) and the commands it needs. */
  private record Row(List<String> names, List<String> needs) {
    String hookId() {
      return names.get(0).equals("golang") ? "golint" : "hook-" + names.get(0);
    }
  }

  private static List<Row> table() throws IOException {
    List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
    int start = lines.indexOf(HEADING);
    assertThat(start).as("README has a \"%s\" section", HEADING).isNotNegative();
    List<Row> rows = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("#")) {
        break;
      }
      if (line.startsWith("| `")) {
        String[] cells = line.split(" \\| ");
        rows.add(new Row(code(cells[0]), code(cells[cells.length - 1])));
      }
    }
    return rows;
  }

  private static List<String> code(String cell) {
    List<String> found = new ArrayList<>();
    Matcher m = CODE.matcher(cell);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void theTableNamesEveryLanguagePrecommitRuns() throws IOException {
    assertThat(table().stream().flatMap(r -> r.names().stream()))
        .containsExactlyInAnyOrderElementsOf(Languages.standard().names());
  }

  @Test
  void eachLanguageNeedsWhatTheTableSaysAndTheExampleLineIsPrinted() throws Exception {
    List<Row> rows = table();
    StringBuilder config = new StringBuilder("repos:\n-   repo: local\n    hooks:\n");
    for (Row row : rows) {
      config
          .append("    -   id: ")
          .append(row.hookId())
          .append("\n        name: ")
          .append(row.hookId())
          .append("\n        entry: x\n        language: ")
          .append(row.names().get(0))
          .append('\n');
      if (row.names().contains("jvm")) {
        config.append(
            "        additional_dependencies: [com.puppycrawl.tools:checkstyle:12.3.1]\n");
      }
    }
    TempGitRepo work = TempGitRepo.init(dir.resolve("work"));
    work.write(".pre-commit-config.yaml", config.toString()).stageAll().commit("config");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    script(bin.resolve("git"), "exec '" + git() + "' \"$@\"");
    script(bin.resolve("apt-get"), "exit 1");
    Path launcher = EngineLauncher.write(dir.resolve("launcher"));
    Map<String, String> env = new HashMap<>(work.env());
    env.put("PATH", bin.toString());

    ProcessResult validate =
        ProcessRunner.merged(env).run(List.of(launcher.toString(), "validate-config"), work.root());
    assertThat(validate.exitCode()).isEqualTo(1);
    String output = validate.outputText();
    for (Row row : rows) {
      List<String> lines =
          output.lines().filter(l -> l.contains("hook `" + row.hookId() + "`")).toList();
      if (row.needs().isEmpty()) {
        assertThat(lines).as("%s needs nothing", row.names()).isEmpty();
      } else {
        assertThat(lines)
            .as("%s needs %s", row.names(), row.needs())
            .singleElement()
            .asString()
            .contains("`" + row.needs().get(0) + "`")
            .contains("not on PATH): install it");
      }
    }
    String example = ReadmeBlocks.of(README, HEADING).blocks().get(0).text();
    assertThat(output).contains(example);

    // install-hooks builds the environments it can first (the jvm row's hook names no artifact,
    // which stops it), so it gets the example's hook alone.
    work.write(
        ".pre-commit-config.yaml",
        "repos:\n-   repo: local\n    hooks:\n    -   id: golint\n        name: golint\n"
            + "        entry: x\n        language: golang\n");
    ProcessResult installHooks =
        ProcessRunner.merged(env).run(List.of(launcher.toString(), "install-hooks"), work.root());
    assertThat(installHooks.exitCode()).isEqualTo(1);
    assertThat(installHooks.outputText())
        .contains(example.substring(example.indexOf("hook `golint`")));
  }

  private static void script(Path path, String body) throws IOException {
    Files.writeString(path, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private static Path git() throws IOException {
    for (String entry : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path candidate = Path.of(entry, "git");
      if (!entry.isEmpty() && Files.isExecutable(candidate)) {
        return candidate.toRealPath();
      }
    }
    throw new AssertionError("git is not on PATH");
  }
}
