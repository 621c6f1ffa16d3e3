package dev.precommit.repo;

import dev.precommit.hooks.BuiltinChecks;
import dev.precommit.hooks.Check;
import dev.precommit.hooks.formatters.LanguageFormatters;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The public hook repositories precommit runs in-process (the fast path), by URL. An explicit list:
 * pre-commit-hooks (built-in checks, per a table of the revs each answers for) and
 * language-formatters-pre-commit-hooks' JVM formatters.
 */
public final class InProcessRepos {
  /** pre-commit-hooks by any of the URLs people write for it. */
  static final Pattern PRE_COMMIT_HOOKS =
      Pattern.compile("^(https?://|git@)github\\.com[/:]pre-commit/pre-commit-hooks(\\.git)?/?$");

  private final List<InProcessRepo> repos;

  private InProcessRepos(List<InProcessRepo> repos) {
    this.repos = List.copyOf(repos);
  }

  /** Every in-process repository, with checks from {@code builtins}; tables are read lazily. */
  public static InProcessRepos standard(BuiltinChecks builtins) {
    return new InProcessRepos(
        List.of(
            new TabledRepo(PRE_COMMIT_HOOKS, new Table("pre-commit-hooks.tsv"), builtins::find),
            new LanguageFormatters()));
  }

  /** The in-process repository {@code repo} (a config's {@code repo:}) names, if any. */
  public Optional<InProcessRepo> forUrl(String repo) {
    return repos.stream().filter(r -> r.matches(repo)).findFirst();
  }

  /** The in-process check that runs {@code hook}, when an in-process repository made it. */
  public Optional<Check> check(Hook hook) {
    return "builtin".equals(hook.config().language())
        ? forUrl(hook.repo()).flatMap(r -> r.check(hook.id()))
        : Optional.empty();
  }

  /** A rev table resource, read on first use (a config without the repository never reads it). */
  private static final class Table implements Supplier<RevTable> {
    private final String resource;
    private RevTable table;

    Table(String resource) {
      this.resource = resource;
    }

    @Override
    public synchronized RevTable get() {
      if (table == null) {
        table = RevTable.load(resource);
      }
      return table;
    }
  }
}
