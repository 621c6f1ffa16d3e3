package dev.precommit.workspace;

import dev.precommit.FatalException;
import dev.precommit.config.HookConfig;
import java.nio.file.Path;

/**
 * One of prek's selectors, as {@code run} and {@code --skip} take them: {@code hook-id} (that hook
 * in every project), {@code path/} (a project and those below it), {@code path:hook-id} (one hook
 * of one project), and {@code :hook-id} for an id that itself holds a colon. Project paths are
 * relative to the working directory.
 *
 * @param text as written
 * @param projectDir the project, relative to the repository root; null for any project
 * @param below whether the projects below {@code projectDir} are selected too
 * @param hookId the hook id or alias; null for every hook
 */
public record Selector(String text, String projectDir, boolean below, String hookId) {

  /** Reads {@code text}, resolving a project path against {@code workingDir}. */
  public static Selector parse(String text, String workingDir) {
    if (text.startsWith(":")) {
      return new Selector(text, null, false, text.substring(1));
    }
    int colon = text.indexOf(':');
    if (colon > 0) {
      return new Selector(
          text,
          resolve(text.substring(0, colon), workingDir, text),
          false,
          text.substring(colon + 1));
    }
    if (text.contains("/") || text.equals(".")) {
      return new Selector(text, resolve(text, workingDir, text), true, null);
    }
    return new Selector(text, null, false, text);
  }

  /** Whether it names a project rather than only a hook id. */
  public boolean namesProject() {
    return projectDir != null;
  }

  /** Whether the hook {@code hook} of {@code project} is selected. */
  public boolean matches(Project project, HookConfig hook) {
    return matches(project) && (hookId == null || hook.isNamed(hookId));
  }

  /** Whether some hook of {@code project} may be selected. */
  public boolean matches(Project project) {
    if (projectDir == null) {
      return true;
    }
    return below
        ? new Project(projectDir, "").isOrAbove(project)
        : project.dir().equals(projectDir);
  }

  private static String resolve(String path, String workingDir, String text) {
    Path root = Path.of("repository-root");
    Path resolved = root.resolve(workingDir).resolve(path.isEmpty() ? "." : path).normalize();
    if (!resolved.startsWith(root)) {
      throw new FatalException("selector `" + text + "` points outside the repository");
    }
    return root.relativize(resolved).toString().replace('\\', '/');
  }
}
