package dev.precommit.testing;

import dev.precommit.cli.Cli;
import dev.precommit.repo.CacheDir;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** One in-process {@code precommit} command line and what it left: exit code, stdout, stderr. */
public record CliRun(int exitCode, String out, String err) {

  /** Runs {@code args} in {@code dir} with {@code env}, as the installed command would. */
  public static CliRun in(Path dir, Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new Cli(new ByteArrayInputStream(new byte[0]), out, err, dir, env).execute(args);
    String errors = err.toString(StandardCharsets.UTF_8);
    if (code == 3) {
      errors += internalErrorLog(env);
    }
    return new CliRun(code, out.toString(StandardCharsets.UTF_8), errors);
  }

  /** The log of an internal error, so a failing test shows the stack trace. */
  private static String internalErrorLog(Map<String, String> env) {
    try {
      return Files.readString(CacheDir.resolve(env).resolve("precommit.log"));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** Runs {@code args} at the root of {@code repo}. */
  public static CliRun in(TempGitRepo repo, String... args) {
    return in(repo.root(), repo.env(), args);
  }

  /** Stdout with durations blanked, for golden comparisons. */
  public String outWithoutDurations() {
    return out.replaceAll("- duration: [0-9.]+s", "- duration: Ns");
  }
}
