package dev.precommit.workspace;

import dev.precommit.git.GitRepo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The projects of a monorepo: the workspace root is the nearest directory at or above the working
 * directory (never above the repository root) that holds a config, and every directory below it
 * that holds one is a project. Directories git ignores, hidden directories, submodules, directory
 * symlinks and what {@code .prekignore} files name hold no projects (prek's rules).
 *
 * @param root the workspace root, relative to the repository root (empty for the root)
 * @param projects deepest first, then by path: the order they run and print in
 */
public record Workspace(String root, List<Project> projects) {
  static final List<String> CONFIG_NAMES =
      List.of(".pre-commit-config.yaml", ".pre-commit-config.yml");
  static final String IGNORE_FILE = ".prekignore";

  public Workspace {
    projects = List.copyOf(projects);
  }

  /**
   * The workspace around {@code workingDir} (relative to the repository root), or null when no
   * directory at or above it holds a config.
   */
  public static Workspace discover(GitRepo git, String workingDir) {
    return of(ConfigFiles.list(git), workingDir);
  }

  /** The workspace around {@code workingDir} given every config file the repository holds. */
  static Workspace of(List<String> configFiles, String workingDir) {
    Map<String, String> byDir = new LinkedHashMap<>();
    for (String file : configFiles) {
      int slash = file.lastIndexOf('/');
      String dir = slash < 0 ? "" : file.substring(0, slash);
      // .yaml wins over .yml in one directory, as the list is in git's (sorted) order.
      if (!byDir.containsKey(dir) || file.endsWith(".yaml")) {
        byDir.put(dir, file);
      }
    }
    String root = normalise(workingDir);
    while (!byDir.containsKey(root)) {
      if (root.isEmpty()) {
        return null;
      }
      int slash = root.lastIndexOf('/');
      root = slash < 0 ? "" : root.substring(0, slash);
    }
    List<Project> projects = new ArrayList<>();
    for (Map.Entry<String, String> entry : byDir.entrySet()) {
      Project project = new Project(entry.getKey(), entry.getValue());
      if (new Project(root, "").isOrAbove(project)) {
        projects.add(project);
      }
    }
    projects.sort(Comparator.comparingInt(Project::depth).reversed().thenComparing(Project::dir));
    return new Workspace(root, projects);
  }

  /**
   * True for the one-config repository as pre-commit knows it: a single project at the repository
   * root. It runs exactly as without workspaces.
   */
  public boolean single() {
    return projects.size() == 1 && root.isEmpty();
  }

  /** The project at the workspace root. */
  public Project rootProject() {
    return projects.get(projects.size() - 1);
  }

  private static String normalise(String dir) {
    String d = dir.replace('\\', '/');
    while (d.endsWith("/")) {
      d = d.substring(0, d.length() - 1);
    }
    return d.equals(".") ? "" : d;
  }
}
