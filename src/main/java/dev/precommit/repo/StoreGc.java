package dev.precommit.repo;

import dev.precommit.config.Config;
import dev.precommit.config.ConfigLoader;
import dev.precommit.config.HookConfig;
import dev.precommit.config.ManifestLoader;
import dev.precommit.config.RepoConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code precommit gc}: deletes the clones no remembered config uses any more. Configs that are
 * gone or no longer load are forgotten. Clone directories the index does not know (left by a clone
 * that was killed) are deleted too, without being counted.
 */
public final class StoreGc {
  private final Store store;

  public StoreGc(Store store) {
    this.store = store;
  }

  /** Returns how many clones were removed. */
  public int collect(Consumer<String> info) {
    if (!Files.isDirectory(store.dir())) {
      return 0;
    }
    try (StoreLock lock = store.lock(info)) {
      StoreIndex index = store.index();
      List<String> liveConfigs = new ArrayList<>();
      Set<List<String>> used = new HashSet<>();
      for (String path : index.configs()) {
        Optional<Config> config = load(Path.of(path));
        if (config.isEmpty()) {
          continue;
        }
        liveConfigs.add(path);
        for (RepoConfig repo : config.get().repos()) {
          if (repo.isRemote() && repo.rev() != null) {
            markUsed(index, repo, used);
          }
        }
      }
      List<StoreIndex.Clone> kept = new ArrayList<>();
      int removed = 0;
      for (StoreIndex.Clone clone : index.clones()) {
        if (used.contains(List.of(clone.key(), clone.rev()))) {
          kept.add(clone);
        } else {
          Store.deleteRecursively(Path.of(clone.path()));
          removed++;
        }
      }
      Set<String> known = new HashSet<>();
      kept.forEach(c -> known.add(Path.of(c.path()).getFileName().toString()));
      try (Stream<Path> entries = Files.list(store.dir())) {
        for (Path dir : entries.toList()) {
          String name = dir.getFileName().toString();
          if (name.startsWith("repo") && Files.isDirectory(dir) && !known.contains(name)) {
            Store.deleteRecursively(dir);
          }
        }
      }
      store.writeIndex(new StoreIndex(kept, liveConfigs));
      return removed;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void markUsed(StoreIndex index, RepoConfig repo, Set<List<String>> used) {
    used.add(List.of(repo.repo(), repo.rev()));
    Map<String, HookConfig> manifest = new java.util.HashMap<>();
    index
        .find(repo.repo(), repo.rev())
        .map(c -> Path.of(c.path()).resolve(HookResolver.MANIFEST))
        .filter(Files::isRegularFile)
        .ifPresent(
            file -> {
              try {
                ManifestLoader.load(file, file.toString(), repo.repo(), null)
                    .hooks()
                    .forEach(h -> manifest.put(h.id(), h));
              } catch (RuntimeException e) {
                // A broken manifest: hooks with dependencies of their own are not marked.
              }
            });
    for (Map<String, Object> hook : repo.hooks()) {
      List<String> deps;
      if (hook.get("additional_dependencies") instanceof List<?> list) {
        deps = list.stream().map(String::valueOf).toList();
      } else {
        HookConfig defined = manifest.get(String.valueOf(hook.get("id")));
        deps = defined == null ? List.of() : defined.additionalDependencies();
      }
      if (!deps.isEmpty()) {
        used.add(List.of(StoreIndex.key(repo.repo(), deps), repo.rev()));
      }
    }
  }

  private Optional<Config> load(Path path) {
    if (!Files.isRegularFile(path)) {
      return Optional.empty();
    }
    try {
      return Optional.of(ConfigLoader.load(path, path.toString(), null).config());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
