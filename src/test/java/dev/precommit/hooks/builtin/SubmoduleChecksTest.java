package dev.precommit.hooks.builtin;

import static dev.precommit.hooks.builtin.GitCheckFixture.context;
import static dev.precommit.hooks.builtin.GitCheckFixture.output;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.hooks.CheckResult;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** forbid-new-submodules and forbid-submodules. */
class SubmoduleChecksTest {
  private static final String SUBMODULE_REPORT =
      "sub: new submodule introduced\n"
          + "\n"
          + "This commit introduces new submodules.\n"
          + "Did you unintentionally `git add .`?\n"
          + "To fix: git rm {thesubmodule}  # no trailing slash\n"
          + "Also check .gitmodules\n";

  private TempGitRepo repo;
  private String commit;

  @BeforeEach
  void setUp(@TempDir Path dir) {
    repo = TempGitRepo.init(dir.resolve("repo"));
    repo.write("a.txt", "a").stageAll().commit("first");
    commit = repo.git("rev-parse", "HEAD").strip();
  }

  private void addGitlink() {
    repo.git("update-index", "--add", "--cacheinfo", "160000," + commit + ",sub");
  }

  @Test
  void stagedGitlinkIsANewSubmodule() throws Exception {
    addGitlink();
    repo.write("b.txt", "b").stage("b.txt");

    CheckResult result =
        new ForbidNewSubmodulesCheck().run(context(repo), List.of("b.txt", "sub"), List.of());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(output(result)).isEqualTo(SUBMODULE_REPORT);
  }

  @Test
  void onPushTheRangeFromTheEnvironmentIsChecked() throws Exception {
    addGitlink();
    repo.commit("add sub");
    Map<String, String> refs = Map.of("PRE_COMMIT_FROM_REF", commit, "PRE_COMMIT_TO_REF", "HEAD");

    CheckResult pushed =
        new ForbidNewSubmodulesCheck().run(context(repo, refs), List.of("sub"), List.of());
    CheckResult staged =
        new ForbidNewSubmodulesCheck().run(context(repo), List.of("sub"), List.of());

    assertThat(output(pushed)).isEqualTo(SUBMODULE_REPORT);
    assertThat(staged.exitCode()).isZero();
    assertThat(output(staged)).isEmpty();
  }

  @Test
  void forbidSubmodulesListsEveryFileAsTheFailLanguageDoes() {
    CheckResult result =
        new ForbidSubmodulesCheck().run(context(repo), List.of("sub", "lib/x"), List.of());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(output(result))
        .isEqualTo("submodules are not allowed in this repository:\n\nsub\nlib/x\n");
  }
}
