package dev.precommit.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precommit.testing.CliRun;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * {@code precommit run --all} as a CI job runs it: {@code CI=true}, no terminal, reports, GitHub
 * Actions commands; through the real command line on a real repository.
 */
class CiRunTest {
  private static final String CONFIG =
      """
      repos:
      -   repo: local
          hooks:
          -   id: ok
              name: ok hook
              entry: "true"
              language: system
          -   id: lint
              name: fake linter
              entry: "sh -c 'for f; do echo \\"$f:2:5: bad thing\\"; done; exit 1' --"
              language: system
              files: \\.txt$
              require_serial: true
          -   id: no-todo
              name: no TODO
              entry: TODO
              language: pygrep
              files: \\.txt$
          -   id: skipped
              name: skipped hook
              entry: "true"
              language: system
          -   id: never
              name: never runs
              entry: "true"
              language: system
              files: ^nope$
      """;

  @TempDir Path dir;

  private TempGitRepo repo() {
    TempGitRepo repo = TempGitRepo.init(dir.resolve("repo"));
    repo.write(".pre-commit-config.yaml", CONFIG);
    repo.write("a.txt", "a\nb TODO\n").write("b.md", "b\n").stageAll().commit("init");
    return repo;
  }

  /** The environment of a CI job: CI=true, no colour forced either way, SKIP one hook. */
  private static Map<String, String> ciEnv(TempGitRepo repo) {
    Map<String, String> env = repo.env();
    env.remove("PRE_COMMIT_COLOR");
    env.put("CI", "true");
    env.put("SKIP", "skipped");
    return env;
  }

  private static String dots(String name, String status) {
    return name + ".".repeat(79 - name.length() - status.length()) + status + "\n";
  }

  private static final String HOOKS_OUTPUT =
      dots("ok hook", "Passed")
          + dots("fake linter", "Failed")
          + "- hook id: lint\n"
          + "- exit code: 1\n"
          + "\n"
          + "a.txt:2:5: bad thing\n"
          + "\n"
          + dots("no TODO", "Failed")
          + "- hook id: no-todo\n"
          + "- exit code: 1\n"
          + "\n"
          + "a.txt:2:b TODO\n"
          + "\n"
          + dots("skipped hook", "Skipped")
          + dots("never runs", "(no files to check)Skipped");

  private static String timeless(String out) {
    return out.replaceAll("checked in [0-9]+\\.[0-9]{2}s\n", "checked in N.NNs\n");
  }

  @Test
  void ciRunWithoutATerminalIsPlainAndEndsWithTheSummary() {
    TempGitRepo repo = repo();

    CliRun run = CliRun.in(repo.root(), ciEnv(repo), "run", "--all");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(timeless(run.out()))
        .isEqualTo(HOOKS_OUTPUT + "1 hook passed, 2 failed, 2 skipped; 3 files checked in N.NNs\n");
    assertThat(run.out()).doesNotContain("\u001b[");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void withoutCiTheOutputIsPreCommitsByteForByte() {
    TempGitRepo repo = repo();
    Map<String, String> env = ciEnv(repo);
    env.remove("CI");

    CliRun plain = CliRun.in(repo.root(), env, "run", "--all");
    CliRun optedOut = CliRun.in(repo.root(), ciEnv(repo), "run", "--all", "--no-summary");
    env.put("CI", "false");
    CliRun ciFalse = CliRun.in(repo.root(), env, "run", "--all");

    assertThat(plain.out()).isEqualTo(HOOKS_OUTPUT);
    assertThat(optedOut.out()).isEqualTo(HOOKS_OUTPUT);
    assertThat(ciFalse.out()).isEqualTo(HOOKS_OUTPUT);
  }

  @Test
  void summaryOnRequestOutsideCi() {
    TempGitRepo repo = repo();
    Map<String, String> env = repo.env();

    CliRun run = CliRun.in(repo.root(), env, "run", "ok", "--all", "--summary");

    assertThat(timeless(run.out()))
        .isEqualTo(
            dots("ok hook", "Passed")
                + "1 hook passed, 0 failed, 0 skipped; 3 files checked in N.NNs\n");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void noSummaryAfterARunThatStoppedBeforeItsHooks() {
    TempGitRepo repo = repo();

    CliRun run = CliRun.in(repo.root(), ciEnv(repo), "run", "nope", "--all");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("No hook with id `nope` in stage `pre-commit`\n");
  }

  @Test
  void githubActionsGroupsEachHookAndAnnotatesFailures() {
    TempGitRepo repo = repo();
    Map<String, String> env = ciEnv(repo);
    env.put("GITHUB_ACTIONS", "true");

    CliRun run = CliRun.in(repo.root(), env, "run", "--all");

    assertThat(timeless(run.out()))
        .isEqualTo(
            "::group::ok hook\n"
                + dots("ok hook", "Passed")
                + "::endgroup::\n"
                + "::group::fake linter\n"
                + dots("fake linter", "Failed")
                + "- hook id: lint\n"
                + "- exit code: 1\n"
                + "\n"
                + "a.txt:2:5: bad thing\n"
                + "\n"
                + "::endgroup::\n"
                + "::error file=a.txt,line=2,title=lint::bad thing\n"
                + "::group::no TODO\n"
                + dots("no TODO", "Failed")
                + "- hook id: no-todo\n"
                + "- exit code: 1\n"
                + "\n"
                + "a.txt:2:b TODO\n"
                + "\n"
                + "::endgroup::\n"
                + "::error file=a.txt,line=2,title=no-todo::b TODO\n"
                + "::group::skipped hook\n"
                + dots("skipped hook", "Skipped")
                + "::endgroup::\n"
                + "::group::never runs\n"
                + dots("never runs", "(no files to check)Skipped")
                + "::endgroup::\n"
                + "1 hook passed, 2 failed, 2 skipped; 3 files checked in N.NNs\n");
  }

  @Test
  void aFailureWithoutAPlaceIsAHookLevelAnnotation() {
    TempGitRepo repo = TempGitRepo.init(dir.resolve("repo"));
    repo.write(
        ".pre-commit-config.yaml",
        """
        repos:
        -   repo: local
            hooks:
            -   id: boom
                name: boom, loudly
                entry: "sh -c 'echo 100%; echo done; exit 3' --"
                language: system
                pass_filenames: false
        """);
    repo.stageAll().commit("init");
    Map<String, String> env = ciEnv(repo);
    env.put("GITHUB_ACTIONS", "true");
    env.put("CI", "false");

    CliRun run = CliRun.in(repo.root(), env, "run", "--all");

    assertThat(run.out())
        .isEqualTo(
            "::group::boom, loudly\n"
                + dots("boom, loudly", "Failed")
                + "- hook id: boom\n"
                + "- exit code: 3\n"
                + "\n"
                + "100%\ndone\n"
                + "\n"
                + "::endgroup::\n"
                + "::error title=boom::boom, loudly failed (exit code: 3)%0A%0A100%25%0Adone\n");
  }

  @Test
  void reportsAreWrittenWhenHooksFail() throws Exception {
    TempGitRepo repo = repo();

    CliRun run =
        CliRun.in(
            repo.root(),
            ciEnv(repo),
            "run",
            "--all",
            "--report",
            "junit=out/junit.xml",
            "--report=sarif=out/precommit.sarif",
            "--report",
            "json=report.json");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    Document junit = factory.newDocumentBuilder().parse(repo.path("out/junit.xml").toFile());
    assertThat(junit.getElementsByTagName("testcase").getLength()).isEqualTo(5);
    assertThat(junit.getElementsByTagName("failure").getLength()).isEqualTo(2);
    assertThat(junit.getElementsByTagName("skipped").getLength()).isEqualTo(2);
    JsonNode sarif = new ObjectMapper().readTree(repo.path("out/precommit.sarif").toFile());
    assertThat(sarif.at("/runs/0/results").findValuesAsText("ruleId"))
        .containsExactly("lint", "no-todo");
    JsonNode json = new ObjectMapper().readTree(repo.path("report.json").toFile());
    assertThat(json.get("exitCode").asInt()).isEqualTo(1);
    assertThat(json.get("filesChecked").asInt()).isEqualTo(3);
    assertThat(json.get("hooks").findValuesAsText("status"))
        .containsExactly("passed", "failed", "failed", "skipped", "no-files");
    assertThat(json.get("hooks").get(1).get("findingsFromOutput").asBoolean()).isTrue();
    assertThat(json.get("hooks").get(1).get("files").toString()).isEqualTo("[\"a.txt\"]");
  }

  @Test
  void aReportPathThatCannotBeWrittenIsOneErrorLine() throws Exception {
    TempGitRepo repo = repo();
    Files.createDirectories(repo.path("taken"));

    CliRun run = CliRun.in(repo.root(), repo.env(), "run", "ok", "--all", "--report", "json=taken");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEqualTo(dots("ok hook", "Passed"));
    assertThat(run.err())
        .isEqualTo(
            "An error has occurred: cannot write the json report to taken: is a directory\n");
  }

  @Test
  void aMalformedReportOptionIsAUsageError() {
    TempGitRepo repo = repo();

    CliRun noPath = CliRun.in(repo, "run", "--all", "--report", "junit");
    CliRun unknown = CliRun.in(repo, "run", "--all", "--report", "html=x.html");

    assertThat(noPath.exitCode()).isEqualTo(2);
    assertThat(noPath.err())
        .isEqualTo(
            "An error has occurred: --report expects FORMAT=PATH with FORMAT one of json, junit,"
                + " sarif, got `junit`\n");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err())
        .isEqualTo(
            "An error has occurred: unknown report format `html` in --report: expected one of"
                + " json, junit, sarif\n");
    assertThat(noPath.out()).isEmpty();
  }
}
