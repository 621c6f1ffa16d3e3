package dev.precommit.repo;

import dev.precommit.hooks.Check;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A public hook repository whose hooks precommit can run in-process, hook by hook: a config entry
 * for it gets the in-process check of each id the {@link RevTable} says answers as that rev does,
 * and the repository's real hook (a clone at the rev) for any other id.
 *
 * @param url the URLs people write for the repository
 * @param revs which revs each in-process check answers for (read when first asked)
 * @param checks the in-process check of an id
 */
public record InProcessRepo(
    Pattern url, Supplier<RevTable> revs, Function<String, Optional<Check>> checks) {

  /** True when a config's {@code repo:} names this repository. */
  public boolean matches(String repo) {
    return url.matcher(repo).matches();
  }

  /** The in-process check for hook {@code id} at {@code rev}, when there is one that answers. */
  public Optional<Check> check(String id, String rev) {
    return revs.get().answers(id, rev) ? checks.apply(id) : Optional.empty();
  }
}
