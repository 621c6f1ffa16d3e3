package dev.precommit.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;

/** What every command gets instead of globals: streams, working directory, environment. */
public record CliContext(
    InputStream in, OutputStream out, OutputStream err, Path workingDir, Map<String, String> env) {

  public CliContext {
    env = Map.copyOf(env);
  }
}
