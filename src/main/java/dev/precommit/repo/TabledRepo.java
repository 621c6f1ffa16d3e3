package dev.precommit.repo;

import dev.precommit.config.Config;
import dev.precommit.config.HookConfig;
import dev.precommit.hooks.Check;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * An in-process repository whose checks are built-ins, each answering for the revs a {@link
 * RevTable} lists (pre-commit-hooks).
 *
 * @param url the URLs people write for the repository
 * @param revs which revs each in-process check answers for (read when first asked)
 * @param checks the in-process check of an id
 */
record TabledRepo(Pattern url, Supplier<RevTable> revs, Function<String, Optional<Check>> checks)
    implements InProcessRepo {

  @Override
  public boolean matches(String repo) {
    return url.matcher(repo).matches();
  }

  @Override
  public Optional<HookConfig> hook(String rev, Map<String, Object> entry, Config config) {
    String id = String.valueOf(entry.get("id"));
    RevTable table = revs.get();
    if (!table.answers(id, rev)) {
      return Optional.empty();
    }
    // An older release's manifest named the hook otherwise ("Trim Trailing Whitespace"); the
    // entry's own name still wins.
    Map<String, Object> named = entry;
    Optional<String> oldName = table.oldName(id, rev);
    if (oldName.isPresent() && !entry.containsKey("name")) {
      named = new LinkedHashMap<>(entry);
      named.put("name", oldName.get());
    }
    Map<String, Object> withName = named;
    return checks.apply(id).map(check -> ConfiguredHooks.builtin(check, withName, config));
  }

  @Override
  public Optional<Check> check(String id) {
    return checks.apply(id);
  }
}
