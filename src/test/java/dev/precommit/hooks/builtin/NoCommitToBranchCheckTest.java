package dev.precommit.hooks.builtin;

import static dev.precommit.hooks.builtin.GitCheckFixture.context;
import static dev.precommit.hooks.builtin.GitCheckFixture.output;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.hooks.CheckResult;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoCommitToBranchCheckTest {
  private final NoCommitToBranchCheck check = new NoCommitToBranchCheck();
  private TempGitRepo repo;

  @BeforeEach
  void setUp(@TempDir Path dir) {
    repo = TempGitRepo.init(dir.resolve("repo"));
    repo.commit("first");
  }

  private int exitOn(String branch, String... args) throws Exception {
    repo.git("checkout", "-q", "-B", branch);
    CheckResult result = check.run(context(repo), List.of(), List.of(args));
    assertThat(output(result)).isEmpty();
    return result.exitCode();
  }

  @Test
  void mainAndMasterAreProtectedByDefault() throws Exception {
    assertThat(exitOn("main")).isEqualTo(1);
    assertThat(exitOn("master")).isEqualTo(1);
    assertThat(exitOn("feature/x")).isZero();
  }

  @Test
  void branchOptionReplacesTheDefaults() throws Exception {
    assertThat(exitOn("develop", "-b", "develop", "--branch=release")).isEqualTo(1);
    assertThat(exitOn("release", "-b", "develop", "--branch=release")).isEqualTo(1);
    assertThat(exitOn("main", "-b", "develop")).isZero();
  }

  @Test
  void patternsMatchFromTheStartOfTheBranchName() throws Exception {
    assertThat(exitOn("release/1.0", "-p", "rel.*/\\d")).isEqualTo(1);
    assertThat(exitOn("release/1.0", "-p", "ease")).isZero();
    assertThat(exitOn("hotfix-1", "-b", "x", "-p", "(?P<kind>hotfix)-\\d+")).isEqualTo(1);
  }

  @Test
  void detachedHeadPasses() throws Exception {
    repo.git("checkout", "-q", "--detach");
    CheckResult result = check.run(context(repo), List.of(), List.of());
    assertThat(result.exitCode()).isZero();
  }

  @Test
  void filenameArgumentsAreRejectedAsArgparseDoes() throws Exception {
    CheckResult result = check.run(context(repo), List.of(), List.of("oops"));
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(output(result))
        .isEqualTo(
            "usage: no-commit-to-branch [-h] [-b BRANCH] [-p PATTERN]\n"
                + "no-commit-to-branch: error: unrecognized arguments: oops\n");
  }
}
