package dev.precommit.hooks.builtin;

import dev.precommit.git.GitRepo;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckResult;
import dev.precommit.testing.TempGitRepo;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Builds the context a check gets from the engine, for a temporary repository. */
final class GitCheckFixture {
  private GitCheckFixture() {}

  static CheckContext context(TempGitRepo repo) {
    return context(repo, Map.of());
  }

  static CheckContext context(TempGitRepo repo, Map<String, String> extraEnv) {
    Map<String, String> env = repo.env();
    env.putAll(extraEnv);
    return new CheckContext(
        repo.root(), GitRepo.discover(repo.root(), env), env, 2, null, List.of());
  }

  static String output(CheckResult result) {
    return new String(result.output(), StandardCharsets.UTF_8);
  }
}
