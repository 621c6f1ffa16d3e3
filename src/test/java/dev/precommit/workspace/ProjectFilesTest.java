package dev.precommit.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProjectFilesTest {
  private static final Workspace WORKSPACE =
      Workspace.of(
          List.of(
              ".pre-commit-config.yaml",
              "src/.pre-commit-config.yaml",
              "src/backend/.pre-commit-config.yaml",
              "srcs/.pre-commit-config.yaml"),
          "");
  private static final List<String> FILES =
      List.of("a.txt", "src/b.py", "src/backend/c.py", "srcs/d.txt");

  private static Project project(String dir) {
    return WORKSPACE.projects().stream().filter(p -> p.dir().equals(dir)).findFirst().orElseThrow();
  }

  @Test
  void aFileIsSeenByItsProjectAndEveryProjectAboveIt() {
    ProjectFiles files = ProjectFiles.spread(WORKSPACE, FILES, p -> false);

    assertThat(files.of(project("src/backend"))).containsExactly("c.py");
    assertThat(files.of(project("src"))).containsExactly("b.py", "backend/c.py");
    assertThat(files.of(project("srcs"))).containsExactly("d.txt");
    assertThat(files.of(project(""))).containsExactlyElementsOf(FILES);
  }

  @Test
  void anOrphanKeepsItsFilesFromTheProjectsAbove() {
    Set<String> orphans = Set.of("src/backend");
    ProjectFiles files = ProjectFiles.spread(WORKSPACE, FILES, p -> orphans.contains(p.dir()));

    assertThat(files.of(project("src/backend"))).containsExactly("c.py");
    assertThat(files.of(project("src"))).containsExactly("b.py");
    assertThat(files.of(project(""))).containsExactly("a.txt", "src/b.py", "srcs/d.txt");
  }

  @Test
  void filesOutsideTheWorkspaceRootGoNowhere() {
    Workspace sub = Workspace.of(List.of("src/.pre-commit-config.yaml"), "src/x");

    ProjectFiles files = ProjectFiles.spread(sub, FILES, p -> false);

    assertThat(files.of(sub.rootProject())).containsExactly("b.py", "backend/c.py");
  }
}
