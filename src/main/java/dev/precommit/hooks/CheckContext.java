package dev.precommit.hooks;

import dev.precommit.config.Config;
import dev.precommit.git.GitRepo;
import dev.precommit.repo.Hook;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What a built-in check may look at besides its files.
 *
 * <p>In a workspace's nested project the check's files are relative to the project's directory
 * ({@code root}), while git, which runs in the repository root, names files from there: a check
 * that asks git about files passes them through {@link #repoPath} and reads git's answers through
 * {@link #projectPath} or {@link #projectPaths}, so it sees its project as a one-project repository
 * would.
 *
 * @param root the directory the check's files are relative to: the project's
 * @param projectDir that directory relative to the repository root, {@code /}-separated, empty for
 *     the root itself
 * @param git the repository (for checks that ask git: added files, modes, branch)
 * @param environment the hook environment (PRE_COMMIT_FROM_REF and friends)
 * @param jobs how many threads a check may use
 * @param config the loaded config (meta hooks read it)
 * @param hooks every hook of the config (meta hooks read them)
 * @param fixes told of the files fixers rewrite (the stash fixes the unstaged versions alike)
 */
public record CheckContext(
    Path root,
    String projectDir,
    GitRepo git,
    Map<String, String> environment,
    int jobs,
    Config config,
    List<Hook> hooks,
    FixRecorder fixes) {

  public CheckContext {
    projectDir = projectDir == null ? "" : projectDir;
    environment = Map.copyOf(environment);
    hooks = List.copyOf(hooks);
    fixes = fixes == null ? FixRecorder.NONE : fixes;
  }

  /** A context for the repository root's own files. */
  public CheckContext(
      Path root,
      GitRepo git,
      Map<String, String> environment,
      int jobs,
      Config config,
      List<Hook> hooks,
      FixRecorder fixes) {
    this(root, "", git, environment, jobs, config, hooks, fixes);
  }

  /** A context whose fixes nobody needs to hear of. */
  public CheckContext(
      Path root,
      GitRepo git,
      Map<String, String> environment,
      int jobs,
      Config config,
      List<Hook> hooks) {
    this(root, git, environment, jobs, config, hooks, FixRecorder.NONE);
  }

  /** The check's {@code path} as git names it: relative to the repository root. */
  public String repoPath(String path) {
    return projectDir.isEmpty() ? path : projectDir + "/" + path;
  }

  /** The check's {@code paths} as git names them, in order. */
  public List<String> repoPaths(Collection<String> paths) {
    return projectDir.isEmpty() ? List.copyOf(paths) : paths.stream().map(this::repoPath).toList();
  }

  /** git's {@code repoPath} as the check names it, or null when it is outside the project. */
  public String projectPath(String repoPath) {
    if (projectDir.isEmpty()) {
      return repoPath;
    }
    return repoPath.startsWith(projectDir + "/")
        ? repoPath.substring(projectDir.length() + 1)
        : null;
  }

  /** Of git's {@code repoPaths}, those in the project, as the check names them, in order. */
  public List<String> projectPaths(Collection<String> repoPaths) {
    if (projectDir.isEmpty()) {
      return List.copyOf(repoPaths);
    }
    List<String> paths = new ArrayList<>(repoPaths.size());
    for (String repoPath : repoPaths) {
      String path = projectPath(repoPath);
      if (path != null) {
        paths.add(path);
      }
    }
    return paths;
  }
}
