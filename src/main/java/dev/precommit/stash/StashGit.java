package dev.precommit.stash;

import dev.precommit.git.GitException;
import dev.precommit.git.GitRepo;
import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The git commands the stash runs, on top of {@link GitRepo#run}: with extra environment (the
 * post-checkout recursion guard) or with paths fed on stdin (so no argv limit and no pathspec magic
 * applies to file names).
 */
final class StashGit {
  /** Tells our own post-checkout hook shim not to run hooks for the stash's checkouts. */
  static final Map<String, String> SKIP_POST_CHECKOUT =
      Map.of("_PRE_COMMIT_SKIP_POST_CHECKOUT", "1");

  private final GitRepo repo;

  StashGit(GitRepo repo) {
    this.repo = repo;
  }

  GitRepo repo() {
    return repo;
  }

  ProcessResult run(String... args) {
    return repo.run(args);
  }

  ProcessResult run(Map<String, String> extraEnv, byte[] stdin, String... args) {
    List<String> command = new ArrayList<>(args.length + 1);
    command.add("git");
    command.addAll(List.of(args));
    try {
      return ProcessRunner.separate(repo.environment()).run(command, repo.root(), extraEnv, stdin);
    } catch (IOException e) {
      throw new GitException("cannot run git: " + e.getMessage(), e);
    }
  }

  /** Runs git and throws a one-line {@link GitException} unless it succeeds. */
  ProcessResult check(Map<String, String> extraEnv, byte[] stdin, String... args) {
    ProcessResult result = run(extraEnv, stdin, args);
    if (!result.succeeded()) {
      throw failure(result, args);
    }
    return result;
  }

  static GitException failure(ProcessResult result, String... args) {
    String said = (result.errorText() + result.outputText()).strip();
    int newline = said.indexOf('\n');
    if (newline >= 0) {
      said = said.substring(0, newline);
    }
    return new GitException(
        "git "
            + String.join(" ", args)
            + " failed (exit code "
            + result.exitCode()
            + ")"
            + (said.isEmpty() ? "" : ": " + said));
  }

  /**
   * Paths NUL-terminated, for {@code --pathspec-from-file=- --pathspec-file-nul} or {@code -z
   * --stdin}.
   */
  static byte[] nulTerminated(List<String> paths) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String path : paths) {
      byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
      out.write(bytes, 0, bytes.length);
      out.write(0);
    }
    return out.toByteArray();
  }
}
