package dev.precommit.repo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store lock between processes: a second process waits, and says it is waiting. */
class StoreLockProcessTest {
  @TempDir Path tmp;

  @Test
  void anotherProcessHoldingTheLockMakesUsWait() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process holder =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                LockHolder.class.getName(),
                tmp.toString())
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertThat(out.readLine()).isEqualTo("locked");
      List<String> events = new CopyOnWriteArrayList<>();
      try (StoreLock lock =
          new Store(tmp)
              .lock(
                  message -> {
                    events.add(message);
                    // Only now let the other process go: we are provably blocked on it.
                    try {
                      holder.getOutputStream().close();
                    } catch (java.io.IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })) {
        events.add("acquired");
      }
      assertThat(events).containsExactly("Locking pre-commit directory", "acquired");
      assertThat(holder.waitFor()).isZero();
    } finally {
      holder.destroyForcibly();
    }
  }
}
