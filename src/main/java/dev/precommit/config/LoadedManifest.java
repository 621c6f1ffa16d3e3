package dev.precommit.config;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A repository's hook definitions, unresolved (see {@link HookConfigs}), with the warnings reading
 * them produced and the deprecated stage names they use.
 *
 * @param legacyStages deprecated stage names used by any hook, each once, in order of appearance
 */
public record LoadedManifest(
    List<HookConfig> hooks, List<String> warnings, List<String> legacyStages) {

  private static final Pattern SHELL_SAFE = Pattern.compile("[\\w@%+=:,./-]+");

  public LoadedManifest {
    hooks = List.copyOf(hooks);
    warnings = List.copyOf(warnings);
    legacyStages = List.copyOf(legacyStages);
  }

  /** pre-commit's warning, printed once when {@code repo} is first fetched, if it applies. */
  public Optional<String> deprecatedStagesWarning(String repo) {
    if (legacyStages.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "repo `"
            + repo
            + "` uses deprecated stage names ("
            + String.join(", ", legacyStages)
            + ") which will be removed in a future version.  Hint: often `precommit autoupdate"
            + " --repo "
            + shellQuote(repo)
            + "` will fix this.  if it does not -- consider reporting an issue to that repo.");
  }

  private static String shellQuote(String s) {
    if (!s.isEmpty() && SHELL_SAFE.matcher(s).matches()) {
      return s;
    }
    return "'" + s.replace("'", "'\"'\"'") + "'";
  }
}
