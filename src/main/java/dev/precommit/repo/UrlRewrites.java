package dev.precommit.repo;

import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * git's {@code url.<base>.insteadOf} rules, as the git command reads them for a new clone: from the
 * system and global config ({@code GIT_CONFIG_GLOBAL}, {@code GIT_CONFIG_NOSYSTEM}, {@code
 * GIT_CONFIG_COUNT}, ... as the environment sets them). JGit does not apply them to a URL it is
 * handed, and pre-commit's clones (the git command) do: a company mirror of GitHub keeps working.
 *
 * @param rules each {@code insteadOf} prefix with the base that replaces it, in config order
 */
public record UrlRewrites(List<Rule> rules) {
  /** One {@code url.<base>.insteadOf = <prefix>} setting. */
  public record Rule(String base, String prefix) {}

  private static final String SECTION = "url.";
  private static final String KEY = ".insteadof";

  public UrlRewrites {
    rules = List.copyOf(rules);
  }

  /** No rules: every URL stays as written. */
  public static UrlRewrites none() {
    return new UrlRewrites(List.of());
  }

  /**
   * The rules the git command sees with {@code env}, read outside any repository (so the user's
   * repository config, where a git hook runs, is not read: a fresh clone does not see it either).
   * No git, or no rules: none.
   */
  public static UrlRewrites read(Map<String, String> env) {
    Path outside = null;
    try {
      outside = Files.createTempDirectory("precommit-git-config");
      Map<String, String> clean = new HashMap<>();
      env.forEach(
          (k, v) -> {
            if (!k.startsWith("GIT_") || k.startsWith("GIT_CONFIG")) {
              clean.put(k, v);
            }
          });
      clean.put("GIT_CEILING_DIRECTORIES", outside.getParent().toString());
      ProcessResult result =
          ProcessRunner.separate(clean)
              .run(
                  List.of("git", "config", "-z", "--get-regexp", "^url\\..*\\.insteadof$"),
                  outside);
      return result.succeeded() ? parse(result.outputText()) : none();
    } catch (IOException e) {
      return none();
    } finally {
      if (outside != null) {
        try {
          Store.deleteRecursively(outside);
        } catch (IOException e) {
          // An empty temporary directory left behind.
        }
      }
    }
  }

  /** Rules from {@code git config -z --get-regexp} output: {@code key\nvalue\0} per setting. */
  static UrlRewrites parse(String output) {
    List<Rule> rules = new ArrayList<>();
    for (String item : output.split("\0")) {
      int newline = item.indexOf('\n');
      if (newline < 0) {
        continue;
      }
      String key = item.substring(0, newline);
      if (key.startsWith(SECTION)
          && key.endsWith(KEY)
          && key.length() > SECTION.length() + KEY.length()) {
        rules.add(
            new Rule(
                key.substring(SECTION.length(), key.length() - KEY.length()),
                item.substring(newline + 1)));
      }
    }
    return new UrlRewrites(rules);
  }

  /** {@code url} with the longest matching {@code insteadOf} prefix replaced by its base. */
  public String rewrite(String url) {
    Rule best = null;
    for (Rule rule : rules) {
      if (url.startsWith(rule.prefix())
          && (best == null || rule.prefix().length() > best.prefix().length())) {
        best = rule;
      }
    }
    return best == null ? url : best.base() + url.substring(best.prefix().length());
  }
}
