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

  /**
   * For hooks: stdout and stderr interleaved into one output, as pre-commit shows them. Its
   * processes are {@link RunningHooks}: an interrupt ends them.
   */
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
    // A hook's process is one an interrupt must end (with what it started), and a stopped run
    // starts no more; git's are ended by the stash's restore (RunningHooks.endProcesses).
    RunningHooks hooks = RunningHooks.current();
    if (mergeErrors) {
      return complete(command, hooks, hooks.start(builder), stdin);
    }
    Process process = hooks.startOther(builder);
    try {
      return complete(command, hooks, process, stdin);
    } finally {
      hooks.endedOther(process);
    }
  }

  private ProcessResult complete(
      List<String> command, RunningHooks hooks, Process process, byte[] stdin) throws IOException {
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
      if (mergeErrors) {
        hooks.ended(process);
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
