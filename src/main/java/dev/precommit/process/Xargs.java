package dev.precommit.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a command over many filenames, split into batches that fit the OS argument limit and run in
 * parallel, with pre-commit's partitioning: at least four files a batch, about {@code files/jobs} a
 * batch, outputs joined in batch order, and the exit code of largest magnitude.
 */
public final class Xargs {
  /**
   * pre-commit's limit on POSIX: ARG_MAX less 2048 less the environment, clamped to [4096, 131072].
   * Linux's ARG_MAX is 2 MiB, so only a multi-megabyte environment lowers it.
   */
  private static final long ASSUMED_ARG_MAX = 2L * 1024 * 1024;

  private final ProcessRunner runner;
  private final Path directory;

  public Xargs(ProcessRunner runner, Path directory) {
    this.runner = runner;
    this.directory = directory;
  }

  /** Thrown when one filename alone is too long for a command line. */
  public static final class ArgumentTooLongException extends IOException {
    private static final long serialVersionUID = 1L;

    ArgumentTooLongException(String argument) {
      super("Argument too long: " + argument);
    }
  }

  /**
   * Runs {@code command} over {@code files} with up to {@code jobs} processes at once. An
   * executable that cannot be found gives exit code 1 and the reason as output.
   */
  public ProcessResult run(List<String> command, List<String> files, int jobs) throws IOException {
    List<String> resolved;
    try {
      resolved = new CommandResolver(runner.environment(), directory).resolve(command);
    } catch (ExecutableNotFoundException e) {
      return new ProcessResult(1, e.getMessage().getBytes(StandardCharsets.UTF_8));
    }
    List<List<String>> batches = partition(resolved, files, jobs, maxLength(runner.environment()));
    if (batches.size() == 1) {
      return runner.run(batches.get(0), directory);
    }
    int threads = Math.min(batches.size(), Math.max(1, jobs));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<ProcessResult>> futures = new ArrayList<>();
      for (List<String> batch : batches) {
        futures.add(pool.submit(() -> runner.run(batch, directory)));
      }
      int code = 0;
      ByteArrayOutputStream output = new ByteArrayOutputStream();
      for (Future<ProcessResult> future : futures) {
        ProcessResult result = future.get();
        if (Math.abs(result.exitCode()) > Math.abs(code)) {
          code = result.exitCode();
        }
        output.writeBytes(result.output());
      }
      return new ProcessResult(code, output.toByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Splits {@code files} into command lines, as pre-commit's {@code xargs.partition}. */
  public static List<List<String>> partition(
      List<String> command, List<String> files, int jobs, long maxLength)
      throws ArgumentTooLongException {
    int maxArgs = Math.max(4, (int) Math.ceil(files.size() / (double) Math.max(1, jobs)));
    long base = length(String.join(" ", command)) + 1;
    List<List<String>> batches = new ArrayList<>();
    List<String> current = new ArrayList<>();
    long total = base;
    int i = 0;
    while (i < files.size()) {
      String arg = files.get(i);
      long argLength = length(arg) + 1;
      if (total + argLength <= maxLength && current.size() < maxArgs) {
        current.add(arg);
        total += argLength;
        i++;
      } else if (current.isEmpty()) {
        throw new ArgumentTooLongException(arg);
      } else {
        batches.add(join(command, current));
        current = new ArrayList<>();
        total = base;
      }
    }
    batches.add(join(command, current));
    return batches;
  }

  /** pre-commit's maximum command length for an environment. */
  public static long maxLength(Map<String, String> environment) {
    long size = 0;
    for (Map.Entry<String, String> e : environment.entrySet()) {
      size += 8 + length(e.getKey()) + length(e.getValue()) + 2;
    }
    return Math.max(4096, Math.min(ASSUMED_ARG_MAX - 2048 - size, 131072));
  }

  private static List<String> join(List<String> command, List<String> args) {
    List<String> all = new ArrayList<>(command.size() + args.size());
    all.addAll(command);
    all.addAll(args);
    return all;
  }

  /** The length of {@code s} in UTF-8, counted without encoding it (called for every file). */
  static long length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isSurrogate(c)) {
        boolean pair =
            Character.isHighSurrogate(c)
                && i + 1 < s.length()
                && Character.isLowSurrogate(s.charAt(i + 1));
        n += pair ? 4 : 1; // a lone surrogate is encoded as '?'
        i += pair ? 1 : 0;
      } else {
        n += 3;
      }
    }
    return n;
  }
}
