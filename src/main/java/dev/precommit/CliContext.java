package dev.precommit;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What every command gets instead of globals: streams, working directory, environment, and whether
 * stdout is a terminal (for {@code --color auto}).
 */
public record CliContext(
    InputStream in,
    OutputStream out,
    OutputStream err,
    Path workingDir,
    Map<String, String> env,
    boolean terminal) {

  public CliContext {
    env = Map.copyOf(env);
  }

  /** The process's own streams, working directory and environment. */
  public static CliContext standard() {
    return new CliContext(
        System.in,
        System.out,
        System.err,
        Path.of("").toAbsolutePath(),
        System.getenv(),
        System.console() != null);
  }

  /** A context whose output is not a terminal (tests, pipes). */
  public CliContext(
      InputStream in,
      OutputStream out,
      OutputStream err,
      Path workingDir,
      Map<String, String> env) {
    this(in, out, err, workingDir, env, false);
  }
}
