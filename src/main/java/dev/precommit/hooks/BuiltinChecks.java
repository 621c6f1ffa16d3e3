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
    all.put("check-json", new dev.precommit.hooks.builtin.CheckJson());
    all.put("check-toml", new dev.precommit.hooks.builtin.CheckToml());
    all.put("check-vcs-permalinks", new dev.precommit.hooks.builtin.CheckVcsPermalinks());
    all.put("check-xml", new dev.precommit.hooks.builtin.CheckXml());
    all.put("check-yaml", new dev.precommit.hooks.builtin.CheckYaml());
    all.put("detect-aws-credentials", new dev.precommit.hooks.builtin.DetectAwsCredentials());
    all.put("detect-private-key", new dev.precommit.hooks.builtin.DetectPrivateKey());
    all.put("end-of-file-fixer", new dev.precommit.hooks.builtin.EndOfFileFixer());
    all.put("file-contents-sorter", new dev.precommit.hooks.builtin.FileContentsSorter());
    all.put("fix-byte-order-marker", new dev.precommit.hooks.builtin.FixByteOrderMarker());
    all.put("mixed-line-ending", new dev.precommit.hooks.builtin.MixedLineEnding());
    all.put("pretty-format-json", new dev.precommit.hooks.builtin.PrettyFormatJson());
    all.put("requirements-txt-fixer", new dev.precommit.hooks.builtin.RequirementsTxtFixer());
    all.put("sort-simple-yaml", new dev.precommit.hooks.builtin.SortSimpleYaml());
    all.put("trailing-whitespace", new dev.precommit.hooks.builtin.TrailingWhitespaceFixer());
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
