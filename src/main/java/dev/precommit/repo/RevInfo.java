package dev.precommit.repo;

import java.util.Set;

/**
 * Where {@code autoupdate} would move a repository.
 *
 * @param rev the new {@code rev:} value
 * @param frozen the tag {@code rev} is the SHA of, with {@code --freeze}; null otherwise
 * @param hookIds the hook ids the manifest at {@code rev} defines
 */
public record RevInfo(String rev, String frozen, Set<String> hookIds) {
  public RevInfo {
    hookIds = Set.copyOf(hookIds);
  }
}
