package dev.precommit.repo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

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

  static StoreIndex fromProperties(Properties p) {
    List<Clone> clones = new ArrayList<>();
    int count = Integer.parseInt(p.getProperty("clones", "0"));
    for (int i = 0; i < count; i++) {
      clones.add(
          new Clone(
              required(p, "clone." + i + ".key"),
              required(p, "clone." + i + ".rev"),
              required(p, "clone." + i + ".path")));
    }
    List<String> configs = new ArrayList<>();
    int configCount = Integer.parseInt(p.getProperty("configs", "0"));
    for (int i = 0; i < configCount; i++) {
      configs.add(required(p, "config." + i));
    }
    return new StoreIndex(clones, configs);
  }

  Properties toProperties() {
    Properties p = new Properties();
    p.setProperty("clones", String.valueOf(clones.size()));
    for (int i = 0; i < clones.size(); i++) {
      p.setProperty("clone." + i + ".key", clones.get(i).key());
      p.setProperty("clone." + i + ".rev", clones.get(i).rev());
      p.setProperty("clone." + i + ".path", clones.get(i).path());
    }
    p.setProperty("configs", String.valueOf(configs.size()));
    for (int i = 0; i < configs.size(); i++) {
      p.setProperty("config." + i, configs.get(i));
    }
    return p;
  }

  private static String required(Properties p, String key) {
    String value = p.getProperty(key);
    if (value == null) {
      throw new IllegalArgumentException("missing " + key);
    }
    return value;
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
