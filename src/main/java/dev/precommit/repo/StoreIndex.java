package dev.precommit.repo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the store holds: one entry per clone, keyed by repository (with its additional dependencies)
 * and rev, and the config files that used the store (for {@code gc}).
 *
 * @param clones every clone, in the order they were made
 * @param configs absolute paths of config files that used the store
 */
public record StoreIndex(List<Clone> clones, List<String> configs) {

  /**
   * One clone.
   *
   * @param key the repository URL or path as the config names it, plus {@code :dep,dep} when the
   *     clone serves hooks with additional dependencies (pre-commit's key)
   * @param rev the rev it was checked out at
   * @param path the clone's directory
   */
  public record Clone(String key, String rev, String path) {
    public Clone {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(rev, "rev");
      Objects.requireNonNull(path, "path");
    }
  }

  public StoreIndex {
    clones = List.copyOf(Objects.requireNonNullElse(clones, List.of()));
    configs = List.copyOf(Objects.requireNonNullElse(configs, List.of()));
  }

  public static StoreIndex empty() {
    return new StoreIndex(List.of(), List.of());
  }

  /** The key pre-commit uses: the repo, or {@code repo:dep1,dep2} when there are dependencies. */
  public static String key(String repo, List<String> additionalDependencies) {
    return additionalDependencies.isEmpty()
        ? repo
        : repo + ":" + String.join(",", additionalDependencies);
  }

  public Optional<Clone> find(String key, String rev) {
    return clones.stream().filter(c -> c.key.equals(key) && c.rev.equals(rev)).findFirst();
  }

  public StoreIndex withClone(Clone clone) {
    List<Clone> all = new ArrayList<>(clones);
    all.removeIf(c -> c.key.equals(clone.key) && c.rev.equals(clone.rev));
    all.add(clone);
    return new StoreIndex(all, configs);
  }

  public StoreIndex withConfig(String config) {
    if (configs.contains(config)) {
      return this;
    }
    List<String> all = new ArrayList<>(configs);
    all.add(config);
    return new StoreIndex(clones, all);
  }
}
