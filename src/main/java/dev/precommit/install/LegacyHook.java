package dev.precommit.install;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The hook that was in place before {@code precommit install} ({@code <type>.legacy}). It runs
 * first, with git's arguments and stdin, and its exit status counts: a team's own hook keeps
 * working next to ours. Its output streams straight through.
 */
final class LegacyHook {
  static final String RUNNING_LEGACY = "PRE_COMMIT_RUNNING_LEGACY";

  private LegacyHook() {}

  /** The legacy hook for {@code type} in {@code hookDir}, when it exists and is executable. */
  static Path find(Path hookDir, String type) {
    Path legacy = hookDir.resolve(type + ".legacy");
    return Files.isRegularFile(legacy) && Files.isExecutable(legacy) ? legacy : null;
  }

  /** Runs {@code legacy} with {@code args} and {@code stdin}; returns its exit code. */
  static int run(
      Path legacy,
      List<String> args,
      byte[] stdin,
      Path workingDir,
      Map<String, String> env,
      OutputStream out,
      OutputStream err) {
    List<String> command = new ArrayList<>();
    command.add(legacy.toString());
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    builder.environment().put(RUNNING_LEGACY, "1");
    try {
      Process process = builder.start();
      Thread errors = pump(process.getErrorStream(), err);
      Thread output = pump(process.getInputStream(), out);
      try (OutputStream in = process.getOutputStream()) {
        in.write(stdin);
      } catch (IOException ignored) {
        // The hook exited without reading its stdin; that is its business.
      }
      int code = process.waitFor();
      output.join();
      errors.join();
      return code;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + legacy + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException("interrupted while running " + legacy, e));
    }
  }

  private static Thread pump(InputStream from, OutputStream to) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[8192];
              try (from) {
                for (int n; (n = from.read(buffer)) >= 0; ) {
                  synchronized (to) {
                    to.write(buffer, 0, n);
                    to.flush();
                  }
                }
              } catch (IOException ignored) {
                // The hook is gone; what it wrote has been passed on.
              }
            },
            "legacy-hook-output");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
