package dev.precommit.hooks.builtin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one step per file on the check's share of threads and hands the results back in the order of
 * the files, so a check's report reads the same however the work was spread.
 */
final class ParallelFiles {
  /** Below this many files a thread pool costs more than it saves. */
  private static final int MIN_PARALLEL = 16;

  /** One file's step. */
  interface Step<R> {
    R apply(String file) throws IOException;
  }

  private ParallelFiles() {}

  static <R> List<R> map(int jobs, List<String> files, Step<R> step) throws IOException {
    return map(jobs, files, MIN_PARALLEL, step);
  }

  /** As {@link #map(int, List, Step)}, for steps costly enough to spread from {@code minFiles}. */
  static <R> List<R> map(int jobs, List<String> files, int minFiles, Step<R> step)
      throws IOException {
    if (jobs <= 1 || files.size() < Math.max(2, minFiles)) {
      List<R> results = new ArrayList<>(files.size());
      for (String file : files) {
        results.add(step.apply(file));
      }
      return results;
    }
    int threads = Math.min(jobs, files.size());
    int chunks = threads * 4;
    int chunkSize = (files.size() + chunks - 1) / chunks;
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            runnable -> {
              Thread thread = new Thread(runnable, "check-worker");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<List<R>>> futures = new ArrayList<>();
      for (int start = 0; start < files.size(); start += chunkSize) {
        List<String> chunk = files.subList(start, Math.min(files.size(), start + chunkSize));
        futures.add(
            pool.submit(
                () -> {
                  List<R> results = new ArrayList<>(chunk.size());
                  for (String file : chunk) {
                    results.add(step.apply(file));
                  }
                  return results;
                }));
      }
      List<R> results = new ArrayList<>(files.size());
      for (Future<List<R>> future : futures) {
        results.addAll(await(future));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T await(Future<T> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }
}
