package dev.precommit.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precommit.config.Config;
import dev.precommit.config.RepoConfig;
import dev.precommit.config.Stage;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HookResolverTest {
  @TempDir Path tmp;
  TempGitRepo hooks;
  Store store;
  List<String> messages;

  @BeforeEach
  void setUp() {
    hooks = HookRepos.simple(tmp.resolve("hooks"));
    store = new Store(tmp.resolve("cache"));
    messages = Collections.synchronizedList(new ArrayList<>());
  }

  private HookResolver resolver() {
    return new HookResolver(store, new RepoCloner(tmp), messages::add, w -> {});
  }

  private static Config config(RepoConfig... repos) {
    return new Config(
        Path.of(".pre-commit-config.yaml"),
        "0",
        List.of(repos),
        List.of(Stage.PRE_COMMIT),
        Map.of(),
        List.of(Stage.PRE_COMMIT, Stage.PRE_PUSH),
        "",
        "^$",
        false);
  }

  @Test
  void mergesOverridesOverTheManifestAndUsesTheCloneAsPrefix() {
    RepoConfig repo =
        new RepoConfig(
            hooks.root().toString(),
            "v1.0.0",
            List.of(Map.of("id", "echo-b", "args", List.of("--x")), Map.of("id", "echo-a")));
    List<Hook> resolved = resolver().resolve(repo, config(repo));

    assertThat(resolved).extracting(Hook::id).containsExactly("echo-b", "echo-a");
    Hook b = resolved.get(0);
    assertThat(b.config().name()).isEqualTo("Echo B");
    assertThat(b.config().files()).isEqualTo("\\.txt$");
    assertThat(b.config().args()).containsExactly("--x");
    assertThat(b.config().stages()).containsExactly(Stage.PRE_COMMIT, Stage.PRE_PUSH);
    assertThat(b.prefix().resolve(HookResolver.MANIFEST)).exists();
    assertThat(b.prefix().getParent()).isEqualTo(store.dir());
    assertThat(messages).containsExactly("Initializing environment for " + hooks.root() + ".");
  }

  @Test
  void clonesOnceAndReusesTheClone() throws Exception {
    RepoConfig repo =
        new RepoConfig(hooks.root().toString(), "v1.0.0", List.of(Map.of("id", "echo-a")));
    Path first = resolver().resolve(repo, config(repo)).get(0).prefix();
    // A later run (new resolver, same store) finds the clone through the index and does not clone.
    hooks.git("tag", "-d", "v1.0.0");
    Path second = resolver().resolve(repo, config(repo)).get(0).prefix();

    assertThat(second).isEqualTo(first);
    assertThat(store.index().clones())
        .containsExactly(new StoreIndex.Clone(hooks.root().toString(), "v1.0.0", first.toString()));
    assertThat(messages).hasSize(1);
  }

  @Test
  void additionalDependenciesGetTheirOwnClone() {
    RepoConfig repo =
        new RepoConfig(
            hooks.root().toString(),
            "v1.0.0",
            List.of(
                Map.of("id", "echo-a"),
                Map.of("id", "echo-b", "additional_dependencies", List.of("x==1", "y"))));
    List<Hook> resolved = resolver().resolve(repo, config(repo));

    assertThat(resolved.get(0).prefix()).isNotEqualTo(resolved.get(1).prefix());
    assertThat(store.index().clones())
        .extracting(StoreIndex.Clone::key)
        .containsExactly(hooks.root().toString(), hooks.root() + ":x==1,y");
  }

  @Test
  void concurrentResolvesShareOneClone() throws Exception {
    RepoConfig repo =
        new RepoConfig(hooks.root().toString(), "v1.0.0", List.of(Map.of("id", "echo-a")));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<Path>> tasks = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        tasks.add(() -> resolver().resolve(repo, config(repo)).get(0).prefix());
      }
      List<Path> prefixes = new ArrayList<>();
      for (Future<Path> f : pool.invokeAll(tasks)) {
        prefixes.add(f.get());
      }
      assertThat(prefixes).containsOnly(prefixes.get(0));
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.index().clones()).hasSize(1);
    try (var entries = Files.list(store.dir())) {
      assertThat(entries.filter(p -> p.getFileName().toString().startsWith("repo"))).hasSize(1);
    }
  }

  @Test
  void unknownHookIdGetsPreCommitsMessage() {
    String url = hooks.root().toUri().toString();
    RepoConfig repo = new RepoConfig(url, "v1.0.0", List.of(Map.of("id", "nope")));
    assertThatThrownBy(() -> resolver().resolve(repo, config(repo)))
        .isInstanceOf(MissingHookException.class)
        .hasMessage(
            "`nope` is not present in repository "
                + url
                + ".  Typo? Perhaps it is introduced"
                + " in a newer version?  Often `precommit autoupdate` fixes this.");
  }

  @Test
  void missingManifestNamesTheRepository() {
    TempGitRepo plain = TempGitRepo.init(tmp.resolve("plain"));
    plain.write("a", "a").stageAll().commit("a");
    RepoConfig repo = new RepoConfig(plain.root().toString(), "main", List.of(Map.of("id", "x")));
    assertThatThrownBy(() -> resolver().resolve(repo, config(repo)))
        .hasMessage(
            "InvalidManifestError: \n=====> "
                + plain.root()
                + " .pre-commit-hooks.yaml is not a file");
  }

  @Test
  void failedCloneLeavesNothingBehind() throws Exception {
    RepoConfig repo =
        new RepoConfig(hooks.root().toString(), "v7", List.of(Map.of("id", "echo-a")));
    assertThatThrownBy(() -> resolver().resolve(repo, config(repo)))
        .hasMessage(
            "cannot fetch "
                + hooks.root()
                + ": rev `v7` not found.  Check the rev, or run `precommit autoupdate`; to run"
                + " without its hooks, set SKIP=echo-a.");
    try (var entries = Files.list(store.dir())) {
      assertThat(entries.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.startsWith("repo"));
    }
  }
}
