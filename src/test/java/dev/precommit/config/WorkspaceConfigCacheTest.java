package dev.precommit.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.testing.TempGitRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workspace's config cache gives back what loading gives, and only for the very configs it was
 * stored from: an edit (even one that keeps the size), an added or removed project, a checkout that
 * changes a config, another build or a damaged file are misses.
 */
class WorkspaceConfigCacheTest {
  @TempDir Path dir;
  private TempGitRepo repo;
  private WorkspaceConfigCache cache;

  private static String config(String name) {
    return """
    repos:
    -   repo: local
        hooks:
        -   id: show
            name: show %s
            language: system
            entry: 'true'
            stages: [pre-commit, pre-push]
            args: []
            additional_dependencies: []
    default_stages: [pre-commit]
    exclude: ^vendor/
    """
        .formatted(name);
  }

  @BeforeEach
  void setUp() {
    repo = TempGitRepo.init(dir.resolve("repo"));
    repo.write(".pre-commit-config.yaml", config("root"))
        .write("app/.pre-commit-config.yaml", config("app"))
        .stageAll()
        .commit("init");
    cache = new WorkspaceConfigCache(dir.resolve("cache/workspace.bin"), "v1");
  }

  private List<String> names(String... names) {
    return List.of(names);
  }

  private List<Path> files(List<String> names) {
    return names.stream().map(repo::path).toList();
  }

  /** Loads the configs as a miss does, and stores them. */
  private List<LoadedConfig> loadAndStore(List<String> names) {
    List<String> texts = WorkspaceConfigCache.texts(files(names), names);
    List<LoadedConfig> loaded = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      loaded.add(ConfigLoader.load(texts.get(i), files(names).get(i), names.get(i), w -> {}, null));
    }
    cache.store(names, texts, loaded);
    return loaded;
  }

  private List<LoadedConfig> lookup(List<String> names) {
    return cache.lookup(files(names), names, WorkspaceConfigCache.texts(files(names), names));
  }

  @Test
  void theSameConfigsComeBackAsLoaded() {
    List<String> names = names("app/.pre-commit-config.yaml", ".pre-commit-config.yaml");
    List<LoadedConfig> loaded = loadAndStore(names);

    assertThat(lookup(names)).isEqualTo(loaded);
  }

  @Test
  void warningsAreKeptWithTheirConfig() {
    repo.write("app/.pre-commit-config.yaml", config("app") + "unknown_key: 1\n");
    List<String> names = names("app/.pre-commit-config.yaml", ".pre-commit-config.yaml");
    List<LoadedConfig> loaded = loadAndStore(names);

    List<LoadedConfig> hit = lookup(names);

    assertThat(loaded.get(0).warnings()).isNotEmpty();
    assertThat(hit.get(0).warnings()).isEqualTo(loaded.get(0).warnings());
    assertThat(hit.get(1).warnings()).isEmpty();
  }

  @Test
  void anEditIsAMissEvenWhenTheSizeStays() {
    List<String> names = names("app/.pre-commit-config.yaml", ".pre-commit-config.yaml");
    loadAndStore(names);

    repo.write("app/.pre-commit-config.yaml", config("ap2"));

    assertThat(lookup(names)).isNull();
  }

  @Test
  void anAddedOrRemovedProjectIsAMiss() {
    List<String> two = names("app/.pre-commit-config.yaml", ".pre-commit-config.yaml");
    loadAndStore(two);
    repo.write("lib/.pre-commit-config.yaml", config("lib"));

    assertThat(
            lookup(
                names(
                    "app/.pre-commit-config.yaml",
                    "lib/.pre-commit-config.yaml",
                    ".pre-commit-config.yaml")))
        .isNull();
    assertThat(lookup(names(".pre-commit-config.yaml"))).isNull();
    assertThat(lookup(two)).isNotNull();
  }

  @Test
  void aCheckoutThatChangesAConfigIsAMissAndOneThatDoesNotIsAHit() {
    List<String> names = names("app/.pre-commit-config.yaml", ".pre-commit-config.yaml");
    repo.write("app/.pre-commit-config.yaml", config("new")).stageAll().commit("new app hook");
    repo.write("README.md", "readme\n").stageAll().commit("no config changed");
    loadAndStore(names);

    repo.git("checkout", "-q", "HEAD~1");
    assertThat(lookup(names)).as("HEAD moved, no config changed").isNotNull();

    repo.git("checkout", "-q", "HEAD~1");
    assertThat(lookup(names)).as("HEAD moved to the commit before the app's edit").isNull();
  }

  @Test
  void anotherBuildOrADamagedFileIsAMiss() throws IOException {
    List<String> names = names("app/.pre-commit-config.yaml", ".pre-commit-config.yaml");
    loadAndStore(names);

    WorkspaceConfigCache otherBuild =
        new WorkspaceConfigCache(dir.resolve("cache/workspace.bin"), "v2");
    assertThat(
            otherBuild.lookup(files(names), names, WorkspaceConfigCache.texts(files(names), names)))
        .isNull();

    Path file = dir.resolve("cache/workspace.bin");
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 7));
    assertThat(lookup(names)).isNull();
  }

  @Test
  void anUnreadableConfigIsNotCached() {
    List<String> names = names("gone/.pre-commit-config.yaml");

    assertThat(WorkspaceConfigCache.texts(files(names), names)).isNull();
    assertThat(lookup(names)).isNull();
  }
}
