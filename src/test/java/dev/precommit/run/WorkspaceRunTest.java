package dev.precommit.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.testing.CliRun;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * prek's workspace mode: a root config and nested projects (the layout checked side by side with
 * prek 0.5.3, {@code bench/workspace-vs-prek.sh}). Each project has a hook {@code show} that prints
 * its working directory's name and its files, sorted.
 */
class WorkspaceRunTest {
  @TempDir Path dir;
  private TempGitRepo repo;

  static String config(String name, String extra) {
    return """
    repos:
    -   repo: local
        hooks:
        -   id: show
            name: show %s
            language: system
            entry: sh -c 'echo "in ${PWD##*/}:" $(printf "%%s\\n" "$@" | sort)' --
            verbose: true
            require_serial: true
        -   id: lint
            name: lint %s
            language: system
            entry: 'true'
            files: \\.txt$
    %s\
    """
        .formatted(name, name, extra);
  }

  @BeforeEach
  void setUp() {
    repo = TempGitRepo.init(dir.resolve("repo"));
    repo.write(".pre-commit-config.yaml", config("root", ""))
        .write("frontend/.pre-commit-config.yaml", config("fe", ""))
        .write("frontend/docs/.pre-commit-config.yaml", config("docs", ""))
        .write("backend/.pre-commit-config.yaml", config("be", ""))
        .write("a.txt", "a\n")
        .write("frontend/b.txt", "b\n")
        .write("frontend/docs/c.md", "c\n")
        .write("backend/d.txt", "d\n")
        .stageAll()
        .commit("init");
  }

  private static String line(String name, String status) {
    return "  " + name + ".".repeat(77 - name.length() - status.length()) + status + "\n";
  }

  private static String show(String name, String files) {
    return line("show " + name, "Passed")
        + "  - hook id: show\n  - duration: Ns\n\n  "
        + files
        + "\n\n";
  }

  private static final String DOCS =
      "✓ frontend/docs\n"
          + show("docs", "in docs: .pre-commit-config.yaml c.md")
          + line("lint docs", "(no files to check)Skipped");
  private static final String BACKEND =
      "✓ backend\n"
          + show("be", "in backend: .pre-commit-config.yaml d.txt")
          + line("lint be", "Passed");
  private static final String FRONTEND =
      "✓ frontend\n"
          + show(
              "fe",
              "in frontend: .pre-commit-config.yaml b.txt docs/.pre-commit-config.yaml docs/c.md")
          + line("lint fe", "Passed");
  private static final String ROOT =
      "✓ <workspace>\n"
          + show(
              "root",
              "in repo: .pre-commit-config.yaml a.txt backend/.pre-commit-config.yaml backend/d.txt"
                  + " frontend/.pre-commit-config.yaml frontend/b.txt"
                  + " frontend/docs/.pre-commit-config.yaml frontend/docs/c.md")
          + line("lint root", "Passed");

  @Test
  void everyProjectRunsDeepestFirstOnTheFilesBelowIt() {
    CliRun run = CliRun.in(repo, "run", "--all-files");

    assertThat(run.err()).isEmpty();
    assertThat(run.outWithoutDurations()).isEqualTo(DOCS + BACKEND + FRONTEND + ROOT);
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void aProjectPathSelectsItAndTheProjectsBelowIt() {
    CliRun run = CliRun.in(repo, "run", "--all-files", "frontend/");

    assertThat(run.outWithoutDurations()).isEqualTo(DOCS + FRONTEND);
  }

  @Test
  void projectColonHookSelectsOneHook() {
    CliRun run = CliRun.in(repo, "run", "--all-files", "frontend:lint");

    assertThat(run.outWithoutDurations()).isEqualTo("✓ frontend\n" + line("lint fe", "Passed"));
  }

  @Test
  void skipTakesProjectsAndHooks() {
    CliRun run =
        CliRun.in(repo, "run", "--all-files", "--skip", "frontend/", "--skip", "backend:show");

    assertThat(run.outWithoutDurations())
        .isEqualTo(
            "✓ backend\n"
                + line("show be", "Skipped")
                + "  - hook id: show\n"
                + line("lint be", "Passed")
                + ROOT);
  }

  @Test
  void skipEnvironmentVariableStillTakesHookIds() {
    Map<String, String> env = new HashMap<>(repo.env());
    env.put("SKIP", "show");

    CliRun run = CliRun.in(repo.root(), env, "run", "--all-files", "backend/");

    assertThat(run.outWithoutDurations())
        .isEqualTo(
            "✓ backend\n"
                + line("show be", "Skipped")
                + "  - hook id: show\n"
                + line("lint be", "Passed"));
  }

  @Test
  void fromASubprojectItsDirectoryIsTheWorkspaceRoot() {
    CliRun run = CliRun.in(repo.path("frontend"), repo.env(), "run", "--all-files");

    assertThat(run.outWithoutDurations())
        .isEqualTo(
            DOCS.replace("frontend/docs\n", "docs\n")
                + FRONTEND.replace("✓ frontend\n", "✓ <workspace>\n"));
  }

  @Test
  void oneProjectAtTheWorkspaceRootPrintsWithoutAHeader() {
    CliRun run = CliRun.in(repo.path("frontend/docs"), repo.env(), "run", "--all-files", "show");

    assertThat(run.outWithoutDurations())
        .isEqualTo(
            "show docs"
                + ".".repeat(64)
                + "Passed\n- hook id: show\n- duration: Ns\n\nin docs: .pre-commit-config.yaml"
                + " c.md\n\n");
  }

  @Test
  void anOrphanKeepsItsFilesFromTheProjectsAbove() {
    repo.write("frontend/.pre-commit-config.yaml", config("fe", "orphan: true\n")).stageAll();

    CliRun run = CliRun.in(repo, "run", "--all-files", "show");

    assertThat(run.err()).isEmpty();
    assertThat(run.outWithoutDurations())
        .contains(
            "in repo: .pre-commit-config.yaml a.txt backend/.pre-commit-config.yaml"
                + " backend/d.txt\n");
  }

  @Test
  void aConfigNamedWithDashCIsOneProjectAsToday() {
    CliRun run =
        CliRun.in(repo, "run", "--all-files", "-c", "frontend/.pre-commit-config.yaml", "show");

    assertThat(run.outWithoutDurations())
        .isEqualTo(
            "show fe"
                + ".".repeat(66)
                + "Passed\n- hook id: show\n- duration: Ns\n\nin repo: .pre-commit-config.yaml"
                + " a.txt backend/.pre-commit-config.yaml backend/d.txt"
                + " frontend/.pre-commit-config.yaml frontend/b.txt"
                + " frontend/docs/.pre-commit-config.yaml frontend/docs/c.md\n\n");
  }

  @Test
  void filesAndAnUnknownHookId() {
    CliRun files = CliRun.in(repo, "run", "--files", "frontend/b.txt", "show");
    assertThat(files.outWithoutDurations())
        .contains("  in frontend: b.txt\n")
        .contains("  in repo: frontend/b.txt\n")
        .contains("✓ frontend/docs\n" + line("show docs", "(no files to check)Skipped"));

    CliRun unknown = CliRun.in(repo, "run", "--all-files", "nope");
    assertThat(unknown.out()).isEqualTo("No hook with id `nope` in stage `pre-commit`\n");
    assertThat(unknown.exitCode()).isEqualTo(1);
  }

  @Test
  void aFailingProjectIsMarkedAndTheRunFails() {
    repo.write(
            "backend/.pre-commit-config.yaml",
            """
            repos:
            -   repo: local
                hooks:
                -   id: never
                    name: never
                    language: fail
                    entry: not here
            """)
        .stageAll();

    CliRun run = CliRun.in(repo, "run", "--all-files", "backend/");

    assertThat(run.outWithoutDurations())
        .isEqualTo(
            "× backend\n"
                + line("never", "Failed")
                + "  - hook id: never\n  - exit code: 1\n\n  not here\n\n"
                + "  .pre-commit-config.yaml\n  d.txt\n\n");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void reportsAndTheSummaryNameTheProjectAndKeepPathsFromTheRoot() throws Exception {
    repo.write(
            "backend/.pre-commit-config.yaml",
            """
            repos:
            -   repo: builtin
                hooks:
                -   id: check-json
            """)
        .write("backend/bad.json", "{\n")
        .stageAll();

    CliRun run =
        CliRun.in(
            repo,
            "run",
            "--all-files",
            "--summary",
            "--report",
            "json=out.json",
            "--report",
            "sarif=out.sarif",
            "--report",
            "junit=out.xml");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).containsPattern("failed: backend:check-json\n$");
    String json = repo.read("out.json");
    assertThat(json).contains("\"project\" : \"backend\"").contains("\"project\" : \".\"");
    String sarif = repo.read("out.sarif");
    assertThat(sarif)
        .contains("\"uri\" : \"backend/bad.json\"")
        .contains("\"project\" : \"backend\"");
    assertThat(repo.read("out.xml")).contains("classname=\"backend:check-json\"");
  }

  @Test
  void listShowsProjectColonHookAsPrekDoes() {
    assertThat(CliRun.in(repo, "list").out())
        .isEqualTo(
            "frontend/docs:show\nfrontend/docs:lint\nbackend:show\nbackend:lint\n"
                + "frontend:show\nfrontend:lint\n.:show\n.:lint\n");
    assertThat(CliRun.in(repo, "list", "frontend/", "--skip", "frontend/docs:lint").out())
        .isEqualTo("frontend/docs:show\nfrontend:show\nfrontend:lint\n");
    assertThat(CliRun.in(repo.path("frontend"), repo.env(), "list").out())
        .isEqualTo("docs:show\ndocs:lint\n.:show\n.:lint\n");
  }

  @Test
  void dryRunShowsProjectsAndTheirFiles() {
    CliRun run = CliRun.in(repo, "run", "--dry-run", "--all-files", "frontend:lint");

    assertThat(run.out())
        .isEqualTo(
            "✓ frontend\n"
                + line("lint fe", "Dry Run")
                + "  - hook id: lint\n\n    `lint` would be run on 1 file:\n    - b.txt\n");
  }

  @Test
  void everyProjectsCommitMessageHooksGetTheMessageFile() {
    repo.write(
            "backend/.pre-commit-config.yaml",
            """
            repos:
            -   repo: local
                hooks:
                -   id: msg
                    name: msg
                    language: system
                    entry: cat
                    stages: [commit-msg]
                    verbose: true
            """)
        .write(".git/MSG", "hello\n")
        .stageAll();

    CliRun run =
        CliRun.in(
            repo,
            "run",
            "--hook-stage",
            "commit-msg",
            "--commit-msg-filename",
            ".git/MSG",
            "backend:msg");

    // It ran in backend/ on ../.git/MSG.
    assertThat(run.outWithoutDurations())
        .isEqualTo(
            "✓ backend\n"
                + line("msg", "Passed")
                + "  - hook id: msg\n  - duration: Ns\n\n  hello\n\n");
  }

  /** A config whose one hook appends a line to {@code file} (relative to the project). */
  private static String appender(String name, String file) {
    return """
    repos:
    -   repo: local
        hooks:
        -   id: append
            name: append %s
            language: system
            entry: sh -c 'echo more >> %s' --
            pass_filenames: false
    """
        .formatted(name, file);
  }

  private static String skipped(String name) {
    return line(name, "Skipped") + "  - hook id: show\n";
  }

  @Test
  void aFixerInOneProjectIsNotPutDownToTheNext() {
    repo.write("backend/.pre-commit-config.yaml", appender("be", "d.txt"))
        .stageAll()
        .commit("append");

    CliRun run = CliRun.in(repo, "run", "--all-files", "--skip", "show");

    // backend's hook changed d.txt; frontend's lint, the next project, changed nothing.
    assertThat(run.outWithoutDurations())
        .isEqualTo(
            "✓ frontend/docs\n"
                + skipped("show docs")
                + line("lint docs", "(no files to check)Skipped")
                + "× backend\n"
                + line("append be", "Failed")
                + "  - hook id: append\n"
                + "  - files were modified by this hook\n"
                + "✓ frontend\n"
                + skipped("show fe")
                + line("lint fe", "Passed")
                + "✓ <workspace>\n"
                + skipped("show root")
                + line("lint root", "Passed"));
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void aFixerAfterAnotherProjectsFixerIsSeen() {
    repo.write("backend/.pre-commit-config.yaml", appender("be", "d.txt"))
        .write("frontend/.pre-commit-config.yaml", appender("fe", "b.txt"))
        .stageAll()
        .commit("append");

    CliRun run = CliRun.in(repo, "run", "--all-files", "append");

    assertThat(run.outWithoutDurations())
        .isEqualTo(
            "× backend\n"
                + line("append be", "Failed")
                + "  - hook id: append\n"
                + "  - files were modified by this hook\n"
                + "× frontend\n"
                + line("append fe", "Failed")
                + "  - hook id: append\n"
                + "  - files were modified by this hook\n");
  }

  /**
   * The projects share one chain of {@code git diff} snapshots: the one after a project's last
   * external hook is the one before the next project's first, so hooks in three projects cost what
   * as many hooks in one project do. Counted by git itself ({@code GIT_TRACE}).
   */
  @Test
  void projectsShareTheDiffSnapshots() throws Exception {
    Path trace = dir.resolve("git.trace");
    Map<String, String> env = new HashMap<>(repo.env());
    env.put("GIT_TRACE", trace.toString());

    CliRun run = CliRun.in(repo.root(), env, "run", "--files", "backend/d.txt", "frontend/b.txt");

    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(
            Files.readAllLines(trace).stream()
                .filter(l -> l.contains("built-in: git diff --no-ext-diff --no-textconv")))
        .as("one before the first hook, then one after each of show and lint in 3 projects")
        .hasSize(7);
  }

  /** The second run takes the configs from the workspace's config cache, and prints the same. */
  @Test
  void aRunFromTheConfigCacheIsTheSameAndAnEditIsSeen() {
    repo.write("backend/.pre-commit-config.yaml", config("be", "unknown_key: 1\n")).stageAll();
    CliRun first = CliRun.in(repo, "run", "--all-files");
    CliRun second = CliRun.in(repo, "run", "--all-files");

    assertThat(second.outWithoutDurations())
        .isEqualTo(first.outWithoutDurations())
        .contains("unknown_key");
    assertThat(second.err()).isEqualTo(first.err());
    assertThat(second.exitCode()).isEqualTo(first.exitCode()).isZero();

    // The same size, within the same second: the text decides, not the file's time.
    repo.write("backend/.pre-commit-config.yaml", config("b2", "unknown_key: 1\n")).stageAll();
    CliRun edited = CliRun.in(repo, "run", "--all-files");

    assertThat(edited.outWithoutDurations()).contains("show b2").doesNotContain("show be");
  }
}
