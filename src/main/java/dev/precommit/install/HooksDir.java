package dev.precommit.install;

import dev.precommit.FatalException;
import dev.precommit.git.GitRepo;
import dev.precommit.process.ProcessResult;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The folder git runs hooks from, with the spelling messages show it in ({@code .git/hooks} for an
 * ordinary repository, as pre-commit prints it). Hooks go to the <em>common</em> git dir so one
 * install serves every linked worktree; in a submodule that is {@code .git/modules/<name>}.
 *
 * @param path where the files are
 * @param shown how messages name the folder
 */
public record HooksDir(Path path, String shown) {

  /** {@code <git-common-dir>/hooks} of {@code repo}. */
  public static HooksDir commonHooks(GitRepo repo) {
    ProcessResult result = repo.run("rev-parse", "--git-common-dir");
    String raw = result.outputText().strip();
    if (!result.succeeded() || raw.isEmpty()) {
      throw new FatalException("cannot find the git dir: " + result.errorText().strip());
    }
    Path common = Path.of(raw).normalize();
    return new HooksDir(
        repo.root().resolve(common).resolve("hooks").normalize(),
        common.resolve("hooks").toString());
  }

  /** The folder {@code core.hooksPath} names (relative to the worktree root), if it is set. */
  public static Optional<HooksDir> configuredHooksPath(GitRepo repo) {
    ProcessResult result = repo.run("config", "--path", "--get", "core.hooksPath");
    String raw = result.outputText().strip();
    if (!result.succeeded() || raw.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new HooksDir(repo.root().resolve(raw).normalize(), raw));
  }

  /** The {@code hooks} folder of a git template directory, as given on the command line. */
  public static HooksDir templateHooks(Path workingDir, String directory) {
    return new HooksDir(
        workingDir.resolve(directory).resolve("hooks").normalize(),
        Path.of(directory).resolve("hooks").toString());
  }

  Path hook(String type) {
    return path.resolve(type);
  }

  String shownHook(String type) {
    return shown + "/" + type;
  }
}
