package dev.precommit.config;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of {@code repos}. For {@code local} every hook map is complete; for other repositories
 * each map holds the keys the config overrides (at least {@code id}), to be merged over the
 * repository's own definition of that hook.
 *
 * @param rev null for {@code local}, {@code meta} and {@code builtin}
 * @param hooks the hook mappings, checked: known keys only (unknown ones were warned about), values
 *     of pre-commit's types, legacy stage names translated; turn them into {@link HookConfig}s with
 *     {@link HookConfigs}
 */
public record RepoConfig(String repo, String rev, List<Map<String, Object>> hooks) {

  public static final String LOCAL = "local";
  public static final String META = "meta";
  public static final String BUILTIN = "builtin";

  public RepoConfig {
    Objects.requireNonNull(repo, "repo");
    hooks = List.copyOf(hooks);
  }

  public boolean isLocal() {
    return LOCAL.equals(repo);
  }

  public boolean isMeta() {
    return META.equals(repo);
  }

  public boolean isBuiltin() {
    return BUILTIN.equals(repo);
  }

  /** True for a repository that has to be fetched (not local, meta or builtin). */
  public boolean isRemote() {
    return !isLocal() && !isMeta() && !isBuiltin();
  }
}
