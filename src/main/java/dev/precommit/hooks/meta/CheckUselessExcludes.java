package dev.precommit.hooks.meta;

import dev.precommit.config.PythonRepr;
import dev.precommit.config.RepoConfig;
import dev.precommit.hooks.Check;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckInfo;
import dev.precommit.hooks.CheckResult;
import dev.precommit.select.FileFilter;
import dev.precommit.select.PythonRegex;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code check-useless-excludes}: fails for each {@code exclude} (global or a hook's, as written in
 * the config) that matches none of the files it could apply to.
 */
final class CheckUselessExcludes implements Check {

  @Override
  public CheckInfo info() {
    return MetaInfo.of(
        "check-useless-excludes", "Check for useless excludes", MetaInfo.CONFIG_FILE);
  }

  @Override
  public CheckResult run(CheckContext context, List<String> files, List<String> args) {
    List<String> all = context.projectPaths(context.git().allFiles());
    FileFilter filter = FileFilter.of(context.root(), all, context.config().files(), "^$");
    StringBuilder out = new StringBuilder();
    int code = 0;
    for (int i = 0; i < files.size(); i++) {
      String exclude = context.config().exclude();
      if (!matchesAny(all, context.config().files(), exclude)) {
        out.append("The global exclude pattern ")
            .append(PythonRepr.string(exclude))
            .append(" does not match any files\n");
        code = 1;
      }
      for (RepoConfig repo : context.config().repos()) {
        for (Map<String, Object> hook : repo.hooks()) {
          List<String> names =
              filter.byTypes(
                  filter.candidates(),
                  strings(hook.get("types")),
                  strings(hook.get("types_or")),
                  strings(hook.get("exclude_types")));
          String include = (String) hook.getOrDefault("files", "");
          String hookExclude = (String) hook.getOrDefault("exclude", "^$");
          if (!matchesAny(names, include, hookExclude)) {
            out.append("The exclude pattern ")
                .append(PythonRepr.string(hookExclude))
                .append(" for ")
                .append(hook.get("id"))
                .append(" does not match any files\n");
            code = 1;
          }
        }
      }
    }
    return new CheckResult(code, out.toString().getBytes(StandardCharsets.UTF_8), Set.of());
  }

  private static boolean matchesAny(List<String> names, String include, String exclude) {
    if (exclude.equals("^$")) {
      return true;
    }
    Pattern in = PythonRegex.compile(include);
    Pattern ex = PythonRegex.compile(exclude);
    return names.stream().anyMatch(n -> in.matcher(n).find() && ex.matcher(n).find());
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object value) {
    return value == null ? List.of() : (List<String>) value;
  }
}
