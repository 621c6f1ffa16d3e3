package dev.precommit.hooks;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The checks that run inside the engine, by id. An explicit list: no classpath scanning. */
public final class BuiltinChecks {
  private final Map<String, Check> checks;

  private BuiltinChecks(Map<String, Check> checks) {
    this.checks = checks;
  }

  /** Every built-in check. */
  public static BuiltinChecks standard() {
    Map<String, Check> all = new TreeMap<>();
    // keep-sorted start
    // keep-sorted end
    return new BuiltinChecks(Map.copyOf(all));
  }

  public Optional<Check> find(String id) {
    return Optional.ofNullable(checks.get(id));
  }

  /** The ids, sorted. */
  public Iterable<String> ids() {
    return new TreeMap<>(checks).keySet();
  }
}
