package dev.precommit.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs one command line with its streams, working directory and environment as parameters, and
 * returns the exit code. Only {@code Main} calls {@code System.exit}.
 */
public final class Cli {
  private final InputStream in;
  private final OutputStream out;
  private final OutputStream err;
  private final Path workingDir;
  private final Map<String, String> env;

  public Cli(
      InputStream in, OutputStream out, OutputStream err, Path workingDir, Map<String, String> env) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.workingDir = workingDir;
    this.env = Map.copyOf(env);
  }

  /** The process's own streams, directory and environment. */
  public static Cli standard() {
    return new Cli(System.in, System.out, System.err, Path.of("").toAbsolutePath(), System.getenv());
  }

  public int execute(String... args) {
    return ExitCodes.INTERNAL;
  }
}
