package dev.precommit.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Runs the parts of a priority group at the same time, at most {@code jobs} at once, each after
 * every earlier part it {@linkplain GroupPart#conflictsWith conflicts with}, so two parts that
 * could touch the same file run in config order.
 */
final class ConcurrentParts {
  private ConcurrentParts() {}

  /**
   * Runs {@code task} for each of {@code parts} and waits for all of them. An {@link
   * UncheckedIOException} from a task comes out as its {@link IOException}.
   */
  static void run(List<GroupPart> parts, int jobs, Consumer<GroupPart> task) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, parts.size())));
    try {
      List<CompletableFuture<Void>> running = new ArrayList<>();
      for (int p = 0; p < parts.size(); p++) {
        GroupPart part = parts.get(p);
        List<CompletableFuture<Void>> after = new ArrayList<>();
        for (int q = 0; q < p; q++) {
          if (part.conflictsWith(parts.get(q))) {
            after.add(running.get(q));
          }
        }
        running.add(
            CompletableFuture.allOf(after.toArray(CompletableFuture[]::new))
                .thenRunAsync(() -> task.accept(part), pool));
      }
      CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
    } catch (CompletionException e) {
      throw unwrap(e);
    } finally {
      pool.shutdown();
    }
  }

  private static RuntimeException unwrap(CompletionException e) throws IOException {
    Throwable cause = e.getCause();
    if (cause instanceof UncheckedIOException io) {
      throw io.getCause();
    }
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return e;
  }
}
