package dev.precommit.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** One command line run through {@link Cli} with byte arrays as its streams. */
record CliRun(int exitCode, String out, String err) {
  static CliRun run(Path workingDir, Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        new Cli(new ByteArrayInputStream(new byte[0]), out, err, workingDir, env).execute(args);
    return new CliRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static CliRun run(Path workingDir, String... args) {
    return run(workingDir, Map.of(), args);
  }
}
