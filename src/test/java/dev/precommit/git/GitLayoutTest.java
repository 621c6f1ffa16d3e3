package dev.precommit.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.testing.TempGitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GitLayout's file reading against what git itself says, in the layouts git has. */
class GitLayoutTest {
  @TempDir Path tmp;

  @Test
  void ordinaryRepositoryFromASubdirectory() throws Exception {
    TempGitRepo repo = TempGitRepo.init(tmp.resolve("r")).write("a/b/c.txt", "x\n");
    GitLayout layout = GitLayout.find(repo.path("a/b"), repo.env()).orElseThrow();
    assertThat(layout.root()).isEqualTo(repo.root());
    assertThat(layout.gitDir()).isEqualTo(repo.path(".git"));
    assertThat(layout.commonDir()).isEqualTo(repo.path(".git"));
  }

  @Test
  void linkedWorktreeSharesTheMainCommonDir() throws Exception {
    TempGitRepo repo = TempGitRepo.init(tmp.resolve("r")).write("a", "x\n").stageAll().commit("m");
    Path wt = tmp.resolve("wt");
    repo.git("worktree", "add", "-q", wt.toString());
    GitLayout layout = GitLayout.find(wt, repo.env()).orElseThrow();
    assertThat(layout.root()).isEqualTo(wt);
    assertThat(layout.gitDir()).isEqualTo(repo.path(".git/worktrees/wt"));
    assertThat(layout.commonDir()).isEqualTo(repo.path(".git"));
    assertThat(layout.commonDir().resolve("hooks"))
        .isEqualTo(
            Path.of(
                    repo.git(
                            "-C",
                            wt.toString(),
                            "rev-parse",
                            "--path-format=absolute",
                            "--git-common-dir")
                        .strip())
                .resolve("hooks"));
  }

  @Test
  void submoduleHasItsOwnGitDirUnderTheSuperproject() throws Exception {
    TempGitRepo sub = TempGitRepo.init(tmp.resolve("sub")).write("a", "x\n").stageAll().commit("m");
    TempGitRepo outer = TempGitRepo.init(tmp.resolve("outer"));
    outer.git(
        "-c", "protocol.file.allow=always", "submodule", "add", "-q", sub.root().toString(), "s");
    GitLayout layout = GitLayout.find(outer.path("s"), outer.env()).orElseThrow();
    assertThat(layout.root()).isEqualTo(outer.path("s"));
    assertThat(layout.commonDir()).isEqualTo(outer.path(".git/modules/s"));
  }

  @Test
  void givesUpOutsideARepositoryAndWhenGitDirIsSet() throws Exception {
    Path plain = Files.createDirectories(tmp.resolve("plain"));
    assertThat(GitLayout.find(plain, Map.of())).isEmpty();
    TempGitRepo repo = TempGitRepo.init(tmp.resolve("r"));
    Map<String, String> env = new HashMap<>(repo.env());
    env.put("GIT_DIR", repo.path(".git").toString());
    assertThat(GitLayout.find(repo.root(), env)).isEmpty();
  }
}
