package dev.precommit.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs a command without a shell: argv entries stay argv entries. Stdin gets the given bytes or is
 * closed at once.
 */
public final class ProcessRunner {
  private final Map<String, String> environment;
  private final boolean mergeErrors;

  private ProcessRunner(Map<String, String> environment, boolean mergeErrors) {
    this.environment = Map.copyOf(environment);
    this.mergeErrors = mergeErrors;
  }

  /** For hooks: stdout and stderr interleaved into one output, as pre-commit shows them. */
  public static ProcessRunner merged(Map<String, String> environment) {
    return new ProcessRunner(environment, true);
  }

  /** For tools whose stdout is data (git): stderr is kept apart. */
  public static ProcessRunner separate(Map<String, String> environment) {
    return new ProcessRunner(environment, false);
  }

  public Map<String, String> environment() {
    return environment;
  }

  /** Runs {@code command} in {@code directory} and waits for it. */
  public ProcessResult run(List<String> command, Path directory) throws IOException {
    return run(command, directory, Map.of(), null);
  }

  /**
   * Runs {@code command} in {@code directory} with {@code extraEnv} added to the environment,
   * writing {@code stdin} (or nothing) to it, and waits.
   */
  public ProcessResult run(
      List<String> command, Path directory, Map<String, String> extraEnv, byte[] stdin)
      throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    Map<String, String> env = builder.environment();
    env.clear();
    env.putAll(environment);
    env.putAll(extraEnv);
    builder.redirectErrorStream(mergeErrors);
    RunCancellation run = RunCancellation.current().orElse(null);
    if (run != null && run.refuses()) {
      throw new IOException("the run was cancelled; not starting " + command.get(0));
    }
    Process process = builder.start();
    if (run != null) {
      run.started(process);
    }
    try {
      return complete(command, process, stdin);
    } finally {
      if (run != null) {
        run.finished(process);
      }
    }
  }

  private ProcessResult complete(List<String> command, Process process, byte[] stdin)
      throws IOException {
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    Thread errorReader = null;
    if (!mergeErrors) {
      errorReader = new Thread(() -> drain(process.getErrorStream(), errors), "stderr-reader");
      errorReader.setDaemon(true);
      errorReader.start();
    }
    try (OutputStream in = process.getOutputStream()) {
      if (stdin != null) {
        in.write(stdin);
      }
    } catch (IOException ignored) {
      // The process exited without reading its stdin; that is its business.
    }
    byte[] output;
    try (InputStream out = process.getInputStream()) {
      output = out.readAllBytes();
    }
    try {
      int code = process.waitFor();
      if (errorReader != null) {
        errorReader.join();
      }
      return new ProcessResult(code, output, errors.toByteArray());
    } catch (InterruptedException e) {
      process.destroy();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for " + command.get(0), e);
    }
  }

  private static void drain(InputStream stream, ByteArrayOutputStream sink) {
    try (stream) {
      stream.transferTo(sink);
    } catch (IOException ignored) {
      // The process is gone; what was read is what there is.
    }
  }
}
