package dev.precommit.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which files each project's hooks see: those under its directory, with paths relative to it. A
 * file under a nested project is seen by every project above it too (a child adds checks, it does
 * not hide the parent's), unless a project on the way up says {@code orphan: true}: then it stops
 * there.
 */
public final class ProjectFiles {
  private final Map<String, List<String>> byProject;

  private ProjectFiles(Map<String, List<String>> byProject) {
    this.byProject = byProject;
  }

  /**
   * Spreads {@code candidates} (repository-relative, in run order) over {@code workspace}'s
   * projects; {@code orphan} says which projects keep their files from those above. Every project
   * counts, selected or not, so a skipped orphan still keeps its files.
   */
  public static ProjectFiles spread(
      Workspace workspace, List<String> candidates, java.util.function.Predicate<Project> orphan) {
    List<Project> projects = workspace.projects();
    Map<String, List<String>> byProject = new HashMap<>();
    for (Project p : projects) {
      byProject.put(p.dir(), new ArrayList<>());
    }
    boolean[] orphans = new boolean[projects.size()];
    for (int i = 0; i < projects.size(); i++) {
      orphans[i] = orphan.test(projects.get(i));
    }
    Project root = workspace.rootProject();
    for (String file : candidates) {
      if (!root.contains(file)) {
        continue;
      }
      // Deepest first: the first project that contains the file is its own; then upwards.
      Project claimed = null;
      for (int i = 0; i < projects.size(); i++) {
        Project p = projects.get(i);
        if (!p.contains(file) || (claimed != null && !p.isOrAbove(claimed))) {
          continue;
        }
        byProject.get(p.dir()).add(p.relative(file));
        claimed = p;
        if (orphans[i]) {
          break;
        }
      }
    }
    return new ProjectFiles(byProject);
  }

  /** The files of {@code project}, relative to it. */
  public List<String> of(Project project) {
    return byProject.getOrDefault(project.dir(), List.of());
  }
}
