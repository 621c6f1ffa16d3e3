package dev.precommit.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.hooks.Finding;
import dev.precommit.output.report.HookReport;
import dev.precommit.output.report.SampleRun;
import dev.precommit.run.HookResult.Status;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GitHub Actions workflow commands: escaping and the annotations of a failed hook. */
class GithubActionsTest {

  @Test
  void escapesDataAndProperties() {
    assertThat(GithubActions.escapeData("100% done\r\nnext: a,b"))
        .isEqualTo("100%25 done%0D%0Anext: a,b");
    assertThat(GithubActions.escapeProperty("dir:x/a,b%c\n.txt"))
        .isEqualTo("dir%3Ax/a%2Cb%25c%0A.txt");
  }

  @Test
  void activeOnlyOnGithubActions() {
    assertThat(GithubActions.active(Map.of("GITHUB_ACTIONS", "true"))).isTrue();
    assertThat(GithubActions.active(Map.of("CI", "true"))).isFalse();
    assertThat(GithubActions.active(Map.of())).isFalse();
  }

  @Test
  void oneFileAnnotationPerFinding() {
    HookReport hook =
        SampleRun.hook(
            "lint",
            "lint",
            Status.FAILED,
            1,
            false,
            "",
            List.of(
                new Finding("src/a,b.java", 3, "50% of: lines\nbad"),
                new Finding("whole.txt", 0, "")));

    assertThat(GithubActions.annotations(hook))
        .containsExactly(
            "::error file=src/a%2Cb.java,line=3,title=lint::50%25 of: lines%0Abad",
            "::error file=whole.txt,title=lint::lint failed");
  }

  @Test
  void aHookLevelAnnotationWithoutAPlace() {
    HookReport hook =
        SampleRun.hook(
            "fix:it",
            "fixer",
            Status.FAILED,
            2,
            true,
            "\n\u001b[31mfixed\u001b[m a.txt\n\n",
            List.of());

    assertThat(GithubActions.annotations(hook))
        .containsExactly(
            "::error title=fix%3Ait::fixer failed (exit code: 2; files were modified by this"
                + " hook)%0A%0Afixed a.txt");
  }

  @Test
  void longOutputIsCutInTheAnnotation() {
    String output = "line\n".repeat(GithubActions.MAX_LINES + 3);
    HookReport hook = SampleRun.hook("x", "x", Status.FAILED, 1, false, output, List.of());

    String annotation = GithubActions.annotations(hook).get(0);

    assertThat(annotation).endsWith("line%0A… 3 more lines in the log");
    assertThat(annotation.split("%0A")).hasSize(2 + GithubActions.MAX_LINES + 1);
  }

  @Test
  void nothingForHooksThatDidNotFail() {
    for (Status status : List.of(Status.PASSED, Status.SKIPPED, Status.NO_FILES)) {
      assertThat(
              GithubActions.annotations(
                  SampleRun.hook("x", "x", status, 0, false, "out", List.of())))
          .isEmpty();
    }
  }
}
