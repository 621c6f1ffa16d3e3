package dev.precommit.hooks.builtin;

import dev.precommit.git.GitException;
import dev.precommit.git.GitRepo;
import dev.precommit.hooks.CheckContext;
import dev.precommit.process.ProcessResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The git queries the built-in checks share, beyond what {@link GitRepo} offers the engine. A
 * failing git command is a {@link GitException} (one line, exit 1), as a failing {@code cmd_output}
 * ends the Python script.
 */
final class GitCommands {
  private GitCommands() {}

  /** Runs git and returns its stdout, or throws with what git said. */
  static byte[] output(GitRepo git, List<String> args) {
    ProcessResult result = git.run(args.toArray(String[]::new));
    if (!result.succeeded()) {
      throw new GitException(
          "git "
              + String.join(" ", args)
              + " failed: "
              + (result.outputText() + result.errorText()).strip());
    }
    return result.output();
  }

  static String text(GitRepo git, List<String> args) {
    return new String(output(git, args), StandardCharsets.UTF_8);
  }

  /**
   * Paths added in the index ({@code git diff --staged --diff-filter=A}), those in the check's
   * project, as the check names them.
   */
  static List<String> addedFiles(CheckContext context) {
    return context.projectPaths(
        splitZ(
            output(
                context.git(),
                List.of(
                    "diff", "--staged", "--name-only", "--no-ext-diff", "-z", "--diff-filter=A"))));
  }

  /** NUL-separated output as strings, empty entries dropped (Python's {@code zsplit}). */
  static List<String> splitZ(byte[] output) {
    List<String> names = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= output.length; i++) {
      if (i == output.length || output[i] == 0) {
        if (i > start) {
          names.add(new String(output, start, i - start, StandardCharsets.UTF_8));
        }
        start = i + 1;
      }
    }
    return names;
  }

  /** {@code args} followed by {@code --} and {@code paths}. */
  static List<String> withPaths(List<String> args, List<String> paths) {
    List<String> all = new ArrayList<>(args);
    all.add("--");
    all.addAll(paths);
    return all;
  }
}
