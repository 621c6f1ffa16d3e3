package dev.precommit.select;

import dev.precommit.config.HookConfig;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * Decides which of a run's files each hook sees, in pre-commit's order of steps: the config's
 * top-level {@code files}/{@code exclude}, then only paths that exist (a broken symlink exists, a
 * deleted file does not), then per hook its own {@code files}/{@code exclude} and its {@code types}
 * (all required), {@code types_or} (any, when given) and {@code exclude_types} (none). Patterns are
 * Python regexes searched anywhere in the repository-relative path; the input order is kept.
 *
 * <p>One instance serves one run: compiled patterns and file tags are cached, and every method may
 * be called from several threads.
 */
public final class FileFilter {
  /** Above this many paths, files are classified on several cores. */
  private static final int PARALLEL_THRESHOLD = 256;

  private final FileClassifier classifier;
  private final ConcurrentHashMap<String, Pattern> patterns = new ConcurrentHashMap<>();
  private final List<String> candidates;

  private FileFilter(
      FileClassifier classifier, List<String> files, String include, String exclude) {
    this.classifier = classifier;
    List<String> normalized =
        File.separatorChar == '/'
            ? files
            : files.stream().map(p -> p.replace(File.separatorChar, '/')).toList();
    this.candidates =
        stream(filterByIncludeExclude(normalized, include, exclude)).filter(this::exists).toList();
  }

  /**
   * The filter for one run over {@code files} (repository-relative, {@code /}-separated) under
   * {@code root}, with the config's top-level {@code include} ({@code files}) and {@code exclude}
   * patterns (null means the defaults {@code ""} and {@code ^$}).
   *
   * @throws PatternSyntaxException when a pattern is not a valid Python regex
   * @throws dev.precommit.FatalException when a path cannot be named on this system
   */
  public static FileFilter of(Path root, List<String> files, String include, String exclude) {
    return of(new FileClassifier(root), files, include, exclude);
  }

  /** As {@link #of(Path, List, String, String)}, sharing an existing classifier's cache. */
  public static FileFilter of(
      FileClassifier classifier, List<String> files, String include, String exclude) {
    return new FileFilter(classifier, files, include, exclude);
  }

  /** The files every hook chooses from: top-level patterns applied, missing files dropped. */
  public List<String> candidates() {
    return candidates;
  }

  public FileClassifier classifier() {
    return classifier;
  }

  /**
   * The candidates {@code hook} runs on.
   *
   * @throws PatternSyntaxException when a pattern is not a valid Python regex
   * @throws java.io.UncheckedIOException when a file cannot be classified
   */
  public List<String> forHook(HookConfig hook) {
    List<String> named = filterByIncludeExclude(candidates, hook.files(), hook.exclude());
    return byTypes(named, hook.types(), hook.typesOr(), hook.excludeTypes());
  }

  /** The names matching {@code include} and not {@code exclude} (Python regexes, searched). */
  public List<String> filterByIncludeExclude(List<String> names, String include, String exclude) {
    String includeRegex = Objects.requireNonNullElse(include, "");
    String excludeRegex = Objects.requireNonNullElse(exclude, "^$");
    if (includeRegex.isEmpty() && excludeRegex.equals("^$")) {
      return names.stream().filter(p -> !matchesOnlyEmpty(p)).toList();
    }
    Pattern in = pattern(includeRegex);
    Pattern out = pattern(excludeRegex);
    return names.stream().filter(p -> in.matcher(p).find() && !out.matcher(p).find()).toList();
  }

  /**
   * Whether Python's {@code re.search("^$", path)} matches: the defaults select every path but the
   * empty one (and one of just a newline, before which {@code $} also matches), which is decided
   * here without running the two patterns for each of a run's paths and hooks.
   */
  private static boolean matchesOnlyEmpty(String path) {
    return path.isEmpty() || path.equals("\n");
  }

  /** The names whose tags hold all of {@code types}, one of {@code typesOr}, none of exclude. */
  public List<String> byTypes(
      List<String> names, List<String> types, List<String> typesOr, List<String> excludeTypes) {
    Set<String> all = Set.copyOf(types);
    Set<String> any = Set.copyOf(typesOr);
    Set<String> none = Set.copyOf(excludeTypes);
    // Files share a few dozen distinct tag sets: each is judged once.
    Map<Set<String>, Boolean> verdicts = new ConcurrentHashMap<>();
    return stream(names)
        .filter(
            p ->
                verdicts.computeIfAbsent(
                    classifier.tags(p),
                    tags ->
                        tags.containsAll(all)
                            && (any.isEmpty() || any.stream().anyMatch(tags::contains))
                            && none.stream().noneMatch(tags::contains)))
        .toList();
  }

  /** {@code regex} compiled as Python would, once per distinct pattern. */
  public Pattern pattern(String regex) {
    Pattern pattern = patterns.get(regex);
    if (pattern == null) {
      pattern = PythonRegex.compile(regex);
      patterns.putIfAbsent(regex, pattern);
    }
    return pattern;
  }

  /** {@code os.path.lexists}: true for anything on disk, broken symlinks included. */
  private boolean exists(String path) {
    return classifier.exists(path);
  }

  private static Stream<String> stream(List<String> paths) {
    return paths.size() > PARALLEL_THRESHOLD ? paths.parallelStream() : paths.stream();
  }
}
