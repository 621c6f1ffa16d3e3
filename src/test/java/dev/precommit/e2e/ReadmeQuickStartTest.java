package dev.precommit.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import dev.precommit.testing.EngineLauncher;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's commands, run as a reader would run them: each shell block with bash in a fresh git
 * repository with {@code precommit} on {@code PATH}, its output compared byte for byte with the
 * block the README shows after it. When the engine's output changes, the README has to change with
 * it.
 */
class ReadmeQuickStartTest {
  private static final Path README = Path.of("README.md");

  @TempDir Path dir;
  private TempGitRepo repo;
  private Map<String, String> env;

  @BeforeEach
  void setUp() {
    Path launcher = EngineLauncher.write(dir.resolve("bin"));
    repo = TempGitRepo.init(dir.resolve("repo"));
    env = repo.env();
    env.put("HOME", dir.resolve("home").toString());
    env.put("PRECOMMIT_HOME", dir.resolve("home/.cache/precommit").toString());
    env.put("PATH", launcher.getParent() + ":" + env.get("PATH"));
  }

  private ProcessResult bash(String script) throws Exception {
    return ProcessRunner.merged(env).run(List.of("bash", "-c", script), repo.root());
  }

  @Test
  void quickStartPrintsWhatTheReadmeShows() throws Exception {
    ReadmeBlocks quickStart = ReadmeBlocks.of(README, "## Quick start");

    ProcessResult run = bash(quickStart.block("sh", 0));

    assertThat(run.outputText()).isEqualTo(quickStart.blockAfter("sh", 0));
    assertThat(run.exitCode()).as("the commit is blocked").isEqualTo(1);
    assertThat(repo.gitResult("rev-parse", "--verify", "-q", "HEAD").exitCode())
        .as("no commit was made")
        .isNotZero();
    assertThat(repo.read("a.py")).isEqualTo("x = 1  # TODO\n");
    assertThat(Files.exists(Path.of(env.get("PRECOMMIT_HOME"), "repos")))
        .as("pre-commit-hooks is run in-process, not cloned")
        .isFalse();
  }

  @Test
  void theCiCommandPrintsWhatTheReadmeShows() throws Exception {
    bash(ReadmeBlocks.of(README, "## Quick start").block("sh", 0));
    ReadmeBlocks ci = ReadmeBlocks.of(README, "## CI");

    ProcessResult run = bash(ci.block("sh", 0));

    // Only the summary line's wall time differs from run to run.
    assertThat(withoutTime(run.outputText())).isEqualTo(withoutTime(ci.blockAfter("sh", 0)));
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(repo.read("reports/precommit.xml")).contains("<testsuite");
  }

  @Test
  void theMonorepoExamplePrintsWhatTheReadmeShows() throws Exception {
    ReadmeBlocks monorepos = ReadmeBlocks.of(README, "## Monorepos");

    ProcessResult run = bash(monorepos.block("sh", 0));

    assertThat(run.outputText()).isEqualTo(monorepos.blockAfter("sh", 0));
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void thePrecommitOnlyConfigIsValid() throws Exception {
    String config = ReadmeBlocks.of(README, "### Only in precommit").block("yaml", 0);
    repo.write("only-precommit.yaml", config);

    ProcessResult validate = bash("precommit validate-config only-precommit.yaml");

    assertThat(validate.outputText()).isEmpty();
    assertThat(validate.exitCode()).isZero();
  }

  /**
   * Runs each {@code precommit} command of the README's "Everyday commands" table in the Quick
   * start repository, placeholders filled in, and checks that it is a command line precommit
   * accepts: not a usage error (2) or an internal error (3). A hook failing (1) is fine.
   */
  @Test
  void everyEverydayCommandRuns() throws Exception {
    bash(ReadmeBlocks.of(README, "## Quick start").block("sh", 0));
    List<String> lines = Files.readAllLines(README);
    List<String> commands =
        lines.subList(lines.indexOf("## Everyday commands"), lines.size()).stream()
            .skip(1)
            .takeWhile(line -> !line.startsWith("## "))
            .filter(line -> line.startsWith("| `precommit "))
            .map(line -> line.substring(3, line.indexOf('`', 3)))
            .toList();
    assertThat(commands).hasSizeGreaterThan(5);
    for (String command : commands) {
      String line = command.replaceAll(" \\[[A-Z]+\\]", "").replace("<hook-id>", "no-todo");
      // autoupdate would ask GitHub for pre-commit-hooks' tags: only check that it exists.
      String run = line.equals("precommit autoupdate") ? "precommit help autoupdate" : line;

      ProcessResult result = bash(run);

      assertThat(result.exitCode()).as("%s: %s", run, result.outputText()).isIn(0, 1);
      assertThat(result.outputText()).as(run).doesNotContain("Unknown option");
    }
  }

  private static String withoutTime(String output) {
    return output.replaceAll(" in [0-9]+\\.[0-9]+s\n$", " in <time>s\n");
  }
}
