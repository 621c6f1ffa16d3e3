package dev.precommit.cli;

import dev.precommit.CliContext;
import dev.precommit.FatalException;
import dev.precommit.git.GitRepo;
import dev.precommit.workspace.Project;
import dev.precommit.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;

/**
 * The projects of the workspace around the working directory, for the commands that walk it ({@code
 * install-hooks}, {@code autoupdate}, {@code validate-config}, {@code gc}): none when a config was
 * named, outside a repository, and in a repository with one config at its root (the commands then
 * do exactly what they did before workspaces).
 */
final class WorkspaceConfigs {
  private WorkspaceConfigs() {}

  /** The projects, or none when {@code config} was named or there is no workspace. */
  static List<Project> projects(CliContext context, GitRepo git, String config) {
    if (config != null) {
      return List.of();
    }
    Workspace workspace =
        Workspace.discover(git, RunCommand.workingDirIn(context.workingDir(), git.root()));
    return workspace == null || workspace.single() ? List.of() : workspace.projects();
  }

  /** The projects' config files relative to the working directory; none outside a workspace. */
  static List<String> relativeToWorkingDir(CliContext context) {
    GitRepo git;
    try {
      git = GitRepo.discover(context.workingDir(), context.env());
    } catch (FatalException e) {
      return List.of();
    }
    Path here = context.workingDir().toAbsolutePath().normalize();
    Path root = git.root();
    if (!here.startsWith(root)) {
      try {
        here = here.toRealPath();
      } catch (java.io.IOException e) {
        return List.of();
      }
    }
    Path base = here;
    return projects(context, git, null).stream()
        .map(p -> base.relativize(root.resolve(p.configFile())).toString())
        .toList();
  }
}
