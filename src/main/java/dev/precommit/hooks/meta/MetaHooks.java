package dev.precommit.hooks.meta;

import dev.precommit.hooks.Check;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The hooks of {@code repo: meta}, by id: checks of the config itself, and identity. */
public final class MetaHooks {
  private final Map<String, Check> hooks;

  private MetaHooks(Map<String, Check> hooks) {
    this.hooks = hooks;
  }

  public static MetaHooks standard() {
    Map<String, Check> all = new TreeMap<>();
    add(all, new CheckHooksApply());
    add(all, new CheckUselessExcludes());
    add(all, new Identity());
    return new MetaHooks(Map.copyOf(all));
  }

  private static void add(Map<String, Check> all, Check check) {
    all.put(check.info().id(), check);
  }

  public Optional<Check> find(String id) {
    return Optional.ofNullable(hooks.get(id));
  }
}
