package dev.precommit.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.git.GitRepo;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
  private static final String CONFIG = "repos: []\n";

  @TempDir Path dir;

  private TempGitRepo repo(String... configDirs) {
    TempGitRepo repo = TempGitRepo.init(dir.resolve("repo"));
    for (String d : configDirs) {
      repo.write(d.isEmpty() ? ".pre-commit-config.yaml" : d + "/.pre-commit-config.yaml", CONFIG);
    }
    return repo.stageAll();
  }

  private static List<String> dirs(Workspace workspace) {
    return workspace.projects().stream().map(Project::dir).toList();
  }

  private static Workspace discover(TempGitRepo repo, String workingDir) {
    return Workspace.discover(GitRepo.discover(repo.root(), repo.env()), workingDir);
  }

  @Test
  void projectsRunDeepestFirstThenByPath() {
    // The layout of prek's docs/workspace.md.
    TempGitRepo repo = repo("", "docs", "src", "src/backend", "frontend");
    repo.stageAll();

    Workspace workspace = discover(repo, "");

    assertThat(workspace.root()).isEmpty();
    assertThat(dirs(workspace)).containsExactly("src/backend", "docs", "frontend", "src", "");
    assertThat(workspace.single()).isFalse();
  }

  @Test
  void ignoredHiddenAndPrekignoredConfigsHoldNoProjects() {
    TempGitRepo repo = TempGitRepo.init(dir.resolve("repo"));
    repo.write(".gitignore", "node_modules/\n").write(".prekignore", "vendor/z/\n");
    for (String d :
        List.of("", "a/", "node_modules/x/", ".github/y/", "vendor/z/", "vendor/keep/")) {
      repo.write(d + ".pre-commit-config.yaml", CONFIG);
    }
    repo.stageAll();

    assertThat(dirs(discover(repo, ""))).containsExactly("vendor/keep", "a", "");
  }

  @Test
  void aConfigCountsOnceGitKnowsIt() {
    TempGitRepo repo = repo("");
    repo.write("new/.pre-commit-config.yaml", CONFIG);

    assertThat(discover(repo, "").single()).isTrue();
    repo.stage("new/.pre-commit-config.yaml");
    assertThat(dirs(discover(repo, ""))).containsExactly("new", "");
  }

  @Test
  void directorySymlinksAreNotFollowed() throws Exception {
    TempGitRepo repo = repo("", "real");
    Files.createSymbolicLink(repo.path("link"), repo.path("real"));
    repo.stageAll();

    assertThat(dirs(discover(repo, ""))).containsExactly("real", "");
  }

  @Test
  void theRootIsTheNearestConfigAtOrAboveTheWorkingDirectory() {
    TempGitRepo repo = repo("", "frontend", "frontend/docs", "backend");
    Workspace fromSrc = discover(repo, "frontend/src");
    assertThat(fromSrc.root()).isEqualTo("frontend");
    assertThat(dirs(fromSrc)).containsExactly("frontend/docs", "frontend");
    assertThat(fromSrc.rootProject().displayName(fromSrc.root())).isEqualTo("<workspace>");
    assertThat(fromSrc.projects().get(0).displayName(fromSrc.root())).isEqualTo("docs");
    assertThat(discover(repo, "backend/").root()).isEqualTo("backend");
  }

  @Test
  void oneConfigAtTheRootIsNotAWorkspace() {
    TempGitRepo repo = repo("");
    repo.write("sub/x.txt", "x\n");

    assertThat(discover(repo, "sub").single()).isTrue();
  }

  @Test
  void noConfigAtOrAboveIsNoWorkspace() {
    TempGitRepo repo = repo("nested");

    assertThat(discover(repo, "")).isNull();
    assertThat(discover(repo, "nested").root()).isEqualTo("nested");
  }

  @Test
  void yamlWinsOverYmlInOneDirectory() {
    assertThat(
            Workspace.of(
                    List.of(
                        ".pre-commit-config.yaml",
                        "a/.pre-commit-config.yaml",
                        "a/.pre-commit-config.yml"),
                    "")
                .projects())
        .containsExactly(
            new Project("a", "a/.pre-commit-config.yaml"),
            new Project("", ".pre-commit-config.yaml"));
  }
}
