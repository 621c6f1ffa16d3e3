package dev.precommit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precommit.FatalException;
import dev.precommit.hooks.BuiltinChecks;
import dev.precommit.hooks.meta.MetaHooks;
import dev.precommit.lang.Languages;
import dev.precommit.repo.ConfiguredHooks;
import dev.precommit.repo.Hook;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The project's yardstick, offline: real {@code .pre-commit-config.yaml} files of public projects
 * ({@code src/test/resources/real-configs/}, verbatim, attributed in {@code SOURCES.tsv}) must load
 * and resolve. For each config, everything precommit can decide without a network or toolchains:
 *
 * <ul>
 *   <li>it loads with {@link ConfigLoader}, and every warning is one pre-commit also gives;
 *   <li>every {@code repo: local} hook's language is one precommit runs;
 *   <li>every hook resolves ({@link ConfiguredHooks#resolve}): meta hooks exist, in-process
 *       repositories answer hook by hook, and the rest is recorded as what would be cloned;
 *   <li>every {@code pre-commit/pre-commit-hooks} hook id, in-process or cloned, exists at its rev
 *       (by the release history in {@code pre-commit-hooks-history.tsv}).
 * </ul>
 *
 * A config that fails for its own error, one pre-commit reports too, is listed in {@link #REJECTED}
 * with pre-commit's reason.
 */
class RealConfigsTest {
  private static final Path CORPUS = Path.of("src/test/resources/real-configs");

  /**
   * Configs pre-commit itself rejects: file to a part of precommit's message for pre-commit's
   * reason.
   */
  private static final Map<String, String> REJECTED =
      Map.of(
          // A top-level list with `sha:` is the pre-1.0 format, rejected since pre-commit 3.0 as
          // "Expected a Config map but got a list"; `migrate-config` rewrites it.
          "dnephin__pre-commit-golang.yaml", "a top-level list is the old config format");

  /** Languages whose hooks run inside the engine: no toolchain, no clone. */
  private static final Set<String> IN_PROCESS_LANGUAGES = Set.of("builtin", "fail", "pygrep");

  /** The language the recording resolver gives hooks that would come from a clone. */
  private static final String CLONED = "(clone)";

  /** The warnings pre-commit gives while loading a config (precommit names its own commands). */
  private static final List<Pattern> PRE_COMMIT_WARNINGS =
      Stream.of(
              "Unexpected key\\(s\\) present at root: .+",
              "Unexpected key\\(s\\) present on .+: .+",
              "The 'rev' field of repo '.+' appears to be a mutable reference \\(moving tag /"
                  + " branch\\)\\.  Mutable references are never updated after first install and"
                  + " are not supported\\..*",
              "top-level `default_stages` uses deprecated stage names \\(.+\\) which will be"
                  + " removed in a future version\\..*",
              "hook id `.+` uses deprecated stage names \\(.+\\) which will be removed in a future"
                  + " version\\..*",
              "The '(files|exclude)' field in hook '.+' is a regex, not a glob -- matching '/\\*'"
                  + " probably isn't what you want here",
              "The top-level '(files|exclude)' field is a regex, not a glob -- matching '/\\*'"
                  + " probably isn't what you want here",
              "pre-commit normalizes .+")
          .map(p -> Pattern.compile(p, Pattern.DOTALL))
          .toList();

  @TempDir Path root;

  static Stream<String> configs() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(".yaml"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("configs")
  void loadsAndResolvesOffline(String file) throws IOException {
    String text = Files.readString(CORPUS.resolve(file), StandardCharsets.UTF_8);
    if (REJECTED.containsKey(file)) {
      assertThatThrownBy(() -> ConfigLoader.parse(text, file))
          .isInstanceOf(InvalidConfigException.class)
          .hasMessageContaining(REJECTED.get(file));
      return;
    }
    assertThat(check(file, text, root).problems()).as(file).isEmpty();
  }

  @Test
  void everyConfigIsAttributedInSources() throws IOException {
    List<String> lines = Files.readAllLines(CORPUS.resolve("SOURCES.tsv"), StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("file\trepository\tpath\tcommit");
    Map<String, String[]> sources = new TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split("\t");
      assertThat(fields).as(line).hasSize(4);
      assertThat(fields[1]).as(line).matches("[\\w.-]+/[\\w.-]+");
      assertThat(fields[0]).as(line).isEqualTo(fields[1].replace("/", "__") + ".yaml");
      assertThat(fields[3]).as(line).matches("[0-9a-f]{40}");
      assertThat(sources.put(fields[0], fields)).as("listed twice: %s", fields[0]).isNull();
    }
    assertThat(sources.keySet()).containsExactlyElementsOf(configs().toList());
  }

  @Test
  void theHistoryTellsWhichIdsPreCommitHooksHadAtARev() {
    assertThat(HISTORY.problem("trailing-whitespace", "v0.1.0")).isEmpty();
    assertThat(HISTORY.problem("check-illegal-windows-names", "v5.0.0")).isEmpty();
    assertThat(HISTORY.problem("check-illegal-windows-names", "v4.6.0"))
        .contains("`check-illegal-windows-names` is not in pre-commit-hooks v4.6.0");
    assertThat(HISTORY.problem("flake8", "cef0300fd0fc4d2a87a85fa2093c6b283ea36f4b"))
        .contains("`flake8` is not in pre-commit-hooks v5.0.0");
    assertThat(HISTORY.problem("flake8", "master")).isEmpty();
    assertThat(HISTORY.problem("no-such-hook", "master"))
        .contains("`no-such-hook` was never a pre-commit-hooks hook (rev master)");
    assertThat(PreCommitHooksHistory.names("https://github.com/pre-commit/pre-commit-hooks.git"))
        .isTrue();
    assertThat(PreCommitHooksHistory.names("git://github.com/pre-commit/pre-commit-hooks"))
        .isTrue();
    assertThat(PreCommitHooksHistory.names("https://github.com/Lucas-C/pre-commit-hooks"))
        .isFalse();
  }

  /**
   * Prints one line: how many configs, how many run wholly in-process, and which toolchains the
   * rest need (a config counts once per toolchain).
   */
  @Test
  void summary() throws IOException {
    List<String> files = configs().toList();
    int inProcess = 0;
    Map<String, Integer> needs = new TreeMap<>();
    Map<String, Integer> clonedPreCommitHooks = new TreeMap<>();
    for (String file : files) {
      if (REJECTED.containsKey(file)) {
        continue;
      }
      Result result =
          check(file, Files.readString(CORPUS.resolve(file), StandardCharsets.UTF_8), root);
      if (result.toolchains().isEmpty()) {
        inProcess++;
      }
      result.toolchains().forEach(t -> needs.merge(t, 1, Integer::sum));
      result.clonedPreCommitHooks().forEach(h -> clonedPreCommitHooks.merge(h, 1, Integer::sum));
    }
    StringBuilder line =
        new StringBuilder("real configs ")
            .append(LocalDate.now(ZoneOffset.UTC))
            .append(": ")
            .append(files.size())
            .append(" configs, ")
            .append(REJECTED.size())
            .append(" rejected as pre-commit rejects them, ")
            .append(inProcess)
            .append(" fully in-process; configs needing");
    needs.forEach((toolchain, n) -> line.append(' ').append(toolchain).append('=').append(n));
    System.out.println(line);
    System.out.println(
        "pre-commit-hooks hooks that need a clone at the configs' revs (id=configs): "
            + clonedPreCommitHooks);
    assertThat(files).hasSizeGreaterThanOrEqualTo(60);
  }

  /**
   * What one config needs and what is wrong with it.
   *
   * @param problems each a line naming the hook and what precommit got wrong
   * @param toolchains what running it needs beyond the engine: local hook languages, {@code clone}
   *     for hooks that come from a remote repository's clone
   */
  record Result(List<String> problems, Set<String> toolchains, Set<String> clonedPreCommitHooks) {}

  static Result check(String file, String text, Path root) {
    List<String> problems = new ArrayList<>();
    Set<String> toolchains = new TreeSet<>();
    LoadedConfig loaded;
    try {
      loaded = ConfigLoader.parse(text, file);
    } catch (InvalidConfigException e) {
      return new Result(List.of("does not load: " + e.getMessage()), toolchains, Set.of());
    }
    for (String warning : loaded.warnings()) {
      if (PRE_COMMIT_WARNINGS.stream().noneMatch(p -> p.matcher(warning).matches())) {
        problems.add("a warning pre-commit does not give: " + warning);
      }
    }
    Config config = loaded.config();
    Languages languages = Languages.standard();
    for (RepoConfig repo : config.repos()) {
      if (!repo.isLocal()) {
        continue;
      }
      for (Map<String, Object> entry : repo.hooks()) {
        String language = String.valueOf(entry.get("language"));
        if (!languages.names().contains(language) || !languages.canRun(language)) {
          problems.add("local hook `" + entry.get("id") + "`: precommit cannot run " + language);
        }
      }
    }
    for (RepoConfig repo : config.repos()) {
      if (PreCommitHooksHistory.names(repo.repo())) {
        for (Map<String, Object> entry : repo.hooks()) {
          String id = String.valueOf(entry.get("id"));
          HISTORY.problem(id, repo.rev()).ifPresent(problems::add);
        }
      }
    }
    List<Hook> hooks;
    try {
      hooks =
          ConfiguredHooks.resolve(
              config,
              root,
              BuiltinChecks.standard(),
              MetaHooks.standard(),
              null,
              repo -> cloned(repo, config, root));
    } catch (FatalException e) {
      problems.add("does not resolve: " + e.getMessage());
      return new Result(problems, toolchains, Set.of());
    }
    Set<String> clonedPreCommitHooks = new TreeSet<>();
    for (Hook hook : hooks) {
      String language = hook.config().language();
      if (language.equals(CLONED)) {
        toolchains.add("clone");
        if (PreCommitHooksHistory.names(hook.repo())) {
          clonedPreCommitHooks.add(hook.id());
        }
      } else if (!hook.repo().equals(RepoConfig.META) && !IN_PROCESS_LANGUAGES.contains(language)) {
        toolchains.add(language);
      }
    }
    return new Result(problems, toolchains, clonedPreCommitHooks);
  }

  /** What a clone of {@code repo} would give, without cloning: one placeholder per entry. */
  private static List<Hook> cloned(RepoConfig repo, Config config, Path root) {
    List<Hook> hooks = new ArrayList<>();
    for (Map<String, Object> entry : repo.hooks()) {
      HookConfig definition =
          HookConfigs.definition(Map.of("id", entry.get("id"), "language", CLONED));
      hooks.add(new Hook(repo.repo(), HookConfigs.merge(definition, Map.of(), config), root));
    }
    return hooks;
  }

  private static final PreCommitHooksHistory HISTORY = PreCommitHooksHistory.load();

  /**
   * Which hook ids pre-commit-hooks had at each release: {@code pre-commit-hooks-history.tsv}.
   *
   * @param releases tag to its index (oldest first)
   * @param commits a tag's full SHA to the tag
   * @param hooks id to {first, last, removal stub from} release indexes (-1: never a stub)
   */
  record PreCommitHooksHistory(
      Map<String, Integer> releases, Map<String, String> commits, Map<String, int[]> hooks) {
    private static final Pattern URL =
        Pattern.compile("^(https?://|git://|git@)github\\.com[/:]pre-commit/pre-commit-hooks");

    static boolean names(String repo) {
      String url = repo.replaceAll("(\\.git)?/?$", "");
      return URL.matcher(url).matches() && url.endsWith("/pre-commit-hooks");
    }

    static PreCommitHooksHistory load() {
      Map<String, Integer> releases = new HashMap<>();
      Map<String, String> commits = new HashMap<>();
      Map<String, int[]> hooks = new HashMap<>();
      try (InputStream in =
          RealConfigsTest.class.getResourceAsStream("pre-commit-hooks-history.tsv")) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] f = line.split("\t");
          if (f[0].equals("release")) {
            releases.put(f[1], releases.size());
            commits.put(f[2], f[1]);
          } else {
            hooks.put(
                f[1],
                new int[] {
                  releases.get(f[2]), releases.get(f[3]), f[4].equals("-") ? -1 : releases.get(f[4])
                });
          }
        }
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      return new PreCommitHooksHistory(releases, commits, hooks);
    }

    /**
     * Why hook {@code id} at {@code rev} is not one pre-commit-hooks has, if it is not. A rev that
     * is no release (a branch such as {@code master}, a commit between releases) cannot be read
     * offline: its id must be one pre-commit-hooks ever had.
     */
    Optional<String> problem(String id, String rev) {
      int[] life = hooks.get(id);
      if (life == null) {
        return Optional.of("`" + id + "` was never a pre-commit-hooks hook (rev " + rev + ")");
      }
      String tag = commits.getOrDefault(rev.toLowerCase(Locale.ROOT), rev);
      Integer at = releases.get(tag);
      if (at != null && (at < life[0] || at > life[1])) {
        return Optional.of("`" + id + "` is not in pre-commit-hooks " + tag);
      }
      return Optional.empty();
    }
  }
}
