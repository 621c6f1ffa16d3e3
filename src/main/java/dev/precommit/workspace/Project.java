package dev.precommit.workspace;

import java.util.Objects;

/**
 * One directory of a workspace that holds its own config: its hooks see the files under it, with
 * paths relative to it, and run there.
 *
 * @param dir the directory, relative to the repository root, {@code /}-separated, without a
 *     trailing slash; empty for the root itself
 * @param configFile the config file, relative to the repository root
 */
public record Project(String dir, String configFile) {

  public Project {
    Objects.requireNonNull(dir);
    Objects.requireNonNull(configFile);
  }

  /** How many directories deep it is below the repository root: 0 for the root. */
  public int depth() {
    return dir.isEmpty() ? 0 : (int) dir.chars().filter(c -> c == '/').count() + 1;
  }

  /** Whether the repository-relative {@code path} is under this project. */
  public boolean contains(String path) {
    return dir.isEmpty() || path.startsWith(dir + "/");
  }

  /** Whether {@code other} is this project or below it. */
  public boolean isOrAbove(Project other) {
    return dir.isEmpty() || other.dir.equals(dir) || other.dir.startsWith(dir + "/");
  }

  /** The repository-relative {@code path} as the project's hooks see it. */
  public String relative(String path) {
    return dir.isEmpty() ? path : path.substring(dir.length() + 1);
  }

  /**
   * The repository-relative {@code path}, wherever it is, as seen from the project's directory:
   * {@code ../.git/COMMIT_EDITMSG} from {@code app}.
   */
  public String fromRoot(String path) {
    if (dir.isEmpty() || contains(path)) {
      return relative(path);
    }
    return "../".repeat(depth()) + path;
  }

  /** The project-relative {@code path} as the repository sees it. */
  public String repoPath(String path) {
    return dir.isEmpty() ? path : dir + "/" + path;
  }

  /**
   * The name in headers and reports: the directory relative to the workspace root {@code root}, or
   * {@code <workspace>} for the workspace root itself (prek's names).
   */
  public String displayName(String root) {
    if (dir.equals(root)) {
      return "<workspace>";
    }
    return root.isEmpty() ? dir : dir.substring(root.length() + 1);
  }
}
