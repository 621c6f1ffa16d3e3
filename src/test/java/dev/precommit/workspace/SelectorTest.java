package dev.precommit.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precommit.FatalException;
import org.junit.jupiter.api.Test;

class SelectorTest {
  private static final Project ROOT = new Project("", ".pre-commit-config.yaml");
  private static final Project FRONTEND = new Project("frontend", "x");
  private static final Project DOCS = new Project("frontend/docs", "x");
  private static final Project FRONTEND2 = new Project("frontend2", "x");

  @Test
  void aWordIsAHookIdInEveryProject() {
    Selector s = Selector.parse("lint", "");
    assertThat(s).isEqualTo(new Selector("lint", null, false, "lint"));
    assertThat(s.matches(DOCS)).isTrue();
  }

  @Test
  void aPathIsAProjectAndThoseBelowIt() {
    Selector s = Selector.parse("frontend/", "");
    assertThat(s.matches(FRONTEND)).isTrue();
    assertThat(s.matches(DOCS)).isTrue();
    assertThat(s.matches(FRONTEND2)).isFalse();
    assertThat(s.matches(ROOT)).isFalse();
    assertThat(Selector.parse("frontend/docs", "").matches(FRONTEND)).isFalse();
  }

  @Test
  void projectPathsAreRelativeToTheWorkingDirectory() {
    assertThat(Selector.parse("docs/", "frontend").projectDir()).isEqualTo("frontend/docs");
    assertThat(Selector.parse("./", "frontend").projectDir()).isEqualTo("frontend");
    assertThat(Selector.parse("../", "frontend").projectDir()).isEmpty();
    assertThat(Selector.parse(".", "frontend").matches(DOCS)).isTrue();
  }

  @Test
  void projectColonHookIsOneHookOfOneProject() {
    Selector s = Selector.parse("frontend:lint", "");
    assertThat(s).isEqualTo(new Selector("frontend:lint", "frontend", false, "lint"));
    assertThat(s.matches(FRONTEND)).isTrue();
    assertThat(s.matches(DOCS)).isFalse();
  }

  @Test
  void aLeadingColonKeepsAColonInTheHookId() {
    assertThat(Selector.parse(":lint:ruff", ""))
        .isEqualTo(new Selector(":lint:ruff", null, false, "lint:ruff"));
  }

  @Test
  void aPathOutsideTheRepositoryIsAUserError() {
    assertThatThrownBy(() -> Selector.parse("../../x/", "a"))
        .isInstanceOf(FatalException.class)
        .hasMessage("selector `../../x/` points outside the repository");
  }
}
