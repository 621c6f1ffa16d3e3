package dev.precommit.repo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RevLinesTest {
  private static RevInfo rev(String rev) {
    return new RevInfo(rev, null, Set.of());
  }

  @Test
  void keepsIndentSpacingQuotesAndComments() {
    String text =
        "repos:\n"
            + "  - repo: a\n"
            + "    rev:   'v1' # pinned\n"
            + "  - repo: b\n"
            + "    rev: \"v2\"\n"
            + "  - repo: c\n"
            + "    rev: v3\n";
    assertThat(RevLines.count(text)).isEqualTo(3);
    assertThat(RevLines.rewrite(text, Arrays.asList(rev("v1.1"), null, rev("v4"))))
        .isEqualTo(
            "repos:\n"
                + "  - repo: a\n"
                + "    rev:   'v1.1' # pinned\n"
                + "  - repo: b\n"
                + "    rev: \"v2\"\n"
                + "  - repo: c\n"
                + "    rev: v4\n");
  }

  @Test
  void plainValuesYamlWouldNotReadAsStringsGetQuoted() {
    assertThat(RevLines.rewrite("    rev: v1\n", Arrays.asList(rev("1.0"))))
        .isEqualTo("    rev: '1.0'\n");
    assertThat(RevLines.rewrite("    rev: v1", Arrays.asList(rev("v2")))).isEqualTo("    rev: v2");
  }

  @Test
  void frozenCommentsAreWrittenAndDropped() {
    assertThat(
            RevLines.rewrite(
                "    rev: v1  # old\n", Arrays.asList(new RevInfo("abc", "v2", Set.of()))))
        .isEqualTo("    rev: abc  # frozen: v2\n");
    assertThat(RevLines.rewrite("    rev: abc  # frozen: v2\n", Arrays.asList(rev("v3"))))
        .isEqualTo("    rev: v3\n");
  }
}
