package dev.precommit.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a work tree's git directories are, found by reading files instead of forking {@code git}:
 * for a check that runs on every build and must cost next to nothing. Finds the nearest {@code
 * .git} above a directory: a folder (an ordinary repository), or a file {@code gitdir: …} (a linked
 * worktree or a submodule), whose {@code commondir} names the shared git dir. Gives up (empty) on
 * anything else, and whenever git's own variables could point elsewhere; callers then ask git
 * itself ({@link GitRepo}).
 *
 * @param root the top of the work tree
 * @param gitDir this work tree's git dir
 * @param commonDir the git dir shared by all worktrees (hooks, config)
 */
public record GitLayout(Path root, Path gitDir, Path commonDir) {
  private static final List<String> OVERRIDES =
      List.of("GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR", "GIT_CEILING_DIRECTORIES");

  public static Optional<GitLayout> find(Path start, Map<String, String> env) {
    for (String name : OVERRIDES) {
      if (!env.getOrDefault(name, "").isEmpty()) {
        return Optional.empty();
      }
    }
    try {
      for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
        Path dotGit = dir.resolve(".git");
        if (Files.isDirectory(dotGit, LinkOption.NOFOLLOW_LINKS)) {
          return Optional.of(new GitLayout(dir, dotGit, commonDir(dotGit)));
        }
        if (Files.isRegularFile(dotGit, LinkOption.NOFOLLOW_LINKS)) {
          String text = Files.readString(dotGit, StandardCharsets.UTF_8).strip();
          if (!text.startsWith("gitdir:")) {
            return Optional.empty();
          }
          Path gitDir = dir.resolve(text.substring("gitdir:".length()).strip()).normalize();
          if (!Files.isDirectory(gitDir)) {
            return Optional.empty();
          }
          return Optional.of(new GitLayout(dir, gitDir, commonDir(gitDir)));
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Path commonDir(Path gitDir) throws IOException {
    Path file = gitDir.resolve("commondir");
    if (!Files.isRegularFile(file)) {
      return gitDir;
    }
    return gitDir.resolve(Files.readString(file, StandardCharsets.UTF_8).strip()).normalize();
  }
}
