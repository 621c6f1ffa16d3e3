package dev.precommit.select;

import dev.precommit.config.HookConfig;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** Placeholder until the select branch lands. */
public final class FileFilter {
  private final List<String> candidates;

  private FileFilter(List<String> candidates) {
    this.candidates = candidates;
  }

  public static FileFilter of(Path root, List<String> files, String include, String exclude) {
    Pattern in = PythonRegex.compile(include);
    Pattern ex = PythonRegex.compile(exclude);
    return new FileFilter(
        files.stream()
            .filter(f -> in.matcher(f).find() && !ex.matcher(f).find())
            .filter(f -> Files.exists(root.resolve(f), LinkOption.NOFOLLOW_LINKS))
            .toList());
  }

  public List<String> candidates() {
    return candidates;
  }

  public List<String> byTypes(
      List<String> names, List<String> types, List<String> typesOr, List<String> excludeTypes) {
    return names;
  }

  public List<String> forHook(HookConfig hook) {
    Pattern in = PythonRegex.compile(hook.files());
    Pattern ex = PythonRegex.compile(hook.exclude());
    return candidates.stream().filter(f -> in.matcher(f).find() && !ex.matcher(f).find()).toList();
  }
}
