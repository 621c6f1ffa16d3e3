package dev.precommit.repo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
  @TempDir Path tmp;

  @Test
  void indexRoundTripsAndStartsEmpty() {
    Store store = new Store(tmp.resolve("cache"));
    assertThat(store.index()).isEqualTo(StoreIndex.empty());
    store.create();
    StoreIndex index =
        StoreIndex.empty()
            .withClone(new StoreIndex.Clone("https://x/y", "v1", "/c/repo1"))
            .withClone(new StoreIndex.Clone("https://x/y:dep=1,b#c", "v1", "/c/repo 2"))
            .withConfig("/w/.pre-commit-config.yaml");
    store.writeIndex(index);
    assertThat(store.index()).isEqualTo(index);
    assertThat(store.dir().resolve("README")).exists();
  }

  @Test
  void keysArePreCommits() {
    assertThat(StoreIndex.key("r", List.of())).isEqualTo("r");
    assertThat(StoreIndex.key("r", List.of("b", "a"))).isEqualTo("r:b,a");
  }

  @Test
  void aDamagedIndexNamesTheFixingCommand() throws Exception {
    Store store = new Store(tmp);
    Files.writeString(tmp.resolve(Store.INDEX), "clones=2\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(store::index)
        .hasMessageEndingWith("run `precommit clean`");
  }

  @Test
  void aBlockedLockSaysSoAndWaits() throws Exception {
    Store store = new Store(tmp);
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch blocked = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> holder =
          pool.submit(
              () -> {
                try (StoreLock lock = store.lock(m -> {})) {
                  held.countDown();
                  blocked.await();
                }
                return null;
              });
      held.await();
      List<String> messages = new java.util.concurrent.CopyOnWriteArrayList<>();
      Future<?> waiter =
          pool.submit(
              () -> {
                try (StoreLock lock =
                    store.lock(
                        m -> {
                          messages.add(m);
                          blocked.countDown();
                        })) {
                  messages.add("acquired");
                }
                return null;
              });
      waiter.get();
      holder.get();
      assertThat(messages).containsExactly("Locking pre-commit directory", "acquired");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theLockIsReentrant() {
    Store store = new Store(tmp);
    try (StoreLock outer =
            store.lock(
                m -> {
                  throw new AssertionError(m);
                });
        StoreLock inner =
            store.lock(
                m -> {
                  throw new AssertionError(m);
                })) {
      assertThat(tmp.resolve(".lock")).exists();
    }
  }

  @Test
  void cacheDirFollowsTheEnvironment() {
    assertThat(Store.forEnvironment(Map.of("PRECOMMIT_HOME", tmp.toString())).dir()).isEqualTo(tmp);
  }

  @Test
  void readOnlyDirectoriesAreDeletedToo() throws Exception {
    // Go's module cache, left in a golang environment whose install was killed.
    Path module = tmp.resolve("env/pkg/mod/github.com/google/uuid@v1.6.0");
    Files.createDirectories(module);
    Files.writeString(module.resolve("uuid.go"), "package uuid\n");
    for (Path dir : List.of(module, module.getParent(), module.getParent().getParent())) {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
    }

    Store.deleteRecursively(tmp.resolve("env"));

    assertThat(tmp.resolve("env")).doesNotExist();
  }
}
