package dev.precommit.output.report;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The report formats by the name {@code --report NAME=PATH} uses. An explicit, sorted registry. */
public final class Reports {
  private final Map<String, Report> byName;

  private Reports(Map<String, Report> byName) {
    this.byName = new TreeMap<>(byName);
  }

  public static Reports standard() {
    return new Reports(
        Map.of(
            // keep-sorted start
            "json", new JsonReport(),
            "junit", new JunitReport(),
            "sarif", new SarifReport()
            // keep-sorted end
            ));
  }

  public Optional<Report> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The names, sorted. */
  public Set<String> names() {
    return byName.keySet();
  }
}
