package dev.precommit.select;

import dev.precommit.config.Config;
import dev.precommit.config.HookConfig;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * Decides which of the candidate files each hook sees, in pre-commit's order of steps: the config's
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

  private final Path root;
  private final FileClassifier classifier;
  private final ConcurrentHashMap<String, Pattern> patterns = new ConcurrentHashMap<>();

  /** Filters paths relative to {@code root}, the repository's top level. */
  public FileFilter(Path root) {
    this(root, new FileClassifier(root));
  }

  /** As {@link #FileFilter(Path)}, sharing an existing classifier's cache. */
  public FileFilter(Path root, FileClassifier classifier) {
    this.root = root;
    this.classifier = classifier;
  }

  public FileClassifier classifier() {
    return classifier;
  }

  /** The candidates every hook chooses from: {@link #candidates(List, String, String)}. */
  public List<String> candidates(List<String> paths, Config config) {
    return candidates(paths, config.files(), config.exclude());
  }

  /**
   * The paths matching the config's top-level {@code files} and not its {@code exclude} (null means
   * the default, {@code ""} and {@code ^$}), that exist on disk.
   *
   * @throws PatternSyntaxException when a pattern is not a valid Python regex
   * @throws dev.precommit.cli.FatalException when a path cannot be named on this system
   */
  public List<String> candidates(List<String> paths, String files, String exclude) {
    List<String> normalized =
        File.separatorChar == '/'
            ? paths
            : paths.stream().map(p -> p.replace(File.separatorChar, '/')).toList();
    return stream(filterByIncludeExclude(normalized, files, exclude)).filter(this::exists).toList();
  }

  /**
   * The candidates {@code hook} runs on.
   *
   * @throws PatternSyntaxException when a pattern is not a valid Python regex
   * @throws java.io.UncheckedIOException when a file cannot be classified
   */
  public List<String> forHook(List<String> candidates, HookConfig hook) {
    List<String> named = filterByIncludeExclude(candidates, hook.files(), hook.exclude());
    return byTypes(named, hook.types(), hook.typesOr(), hook.excludeTypes());
  }

  /** The paths matching {@code include} and not {@code exclude} (Python regexes, searched). */
  public List<String> filterByIncludeExclude(List<String> paths, String include, String exclude) {
    Pattern in = pattern(Objects.requireNonNullElse(include, ""));
    Pattern out = pattern(Objects.requireNonNullElse(exclude, "^$"));
    return paths.stream().filter(p -> in.matcher(p).find() && !out.matcher(p).find()).toList();
  }

  /** The paths whose tags hold all of {@code types}, one of {@code typesOr}, none of exclude. */
  public List<String> byTypes(
      List<String> paths, List<String> types, List<String> typesOr, List<String> excludeTypes) {
    Set<String> all = Set.copyOf(types);
    Set<String> any = Set.copyOf(typesOr);
    Set<String> none = Set.copyOf(excludeTypes);
    return stream(paths)
        .filter(
            p -> {
              Set<String> tags = classifier.tags(p);
              return tags.containsAll(all)
                  && (any.isEmpty() || any.stream().anyMatch(tags::contains))
                  && none.stream().noneMatch(tags::contains);
            })
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
    return Files.exists(FileClassifier.resolve(root, path), LinkOption.NOFOLLOW_LINKS);
  }

  private static Stream<String> stream(List<String> paths) {
    return paths.size() > PARALLEL_THRESHOLD ? paths.parallelStream() : paths.stream();
  }
}
