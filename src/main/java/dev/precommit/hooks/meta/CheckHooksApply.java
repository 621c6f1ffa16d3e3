package dev.precommit.hooks.meta;

import dev.precommit.hooks.Check;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckInfo;
import dev.precommit.hooks.CheckResult;
import dev.precommit.repo.Hook;
import dev.precommit.select.FileFilter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** {@code check-hooks-apply}: fails for each hook that matches no tracked file. */
final class CheckHooksApply implements Check {

  @Override
  public CheckInfo info() {
    return MetaInfo.of(
        "check-hooks-apply", "Check hooks apply to the repository", MetaInfo.CONFIG_FILE);
  }

  @Override
  public CheckResult run(CheckContext context, List<String> files, List<String> args) {
    FileFilter filter =
        FileFilter.of(
            context.root(),
            context.projectPaths(context.git().allFiles()),
            context.config().files(),
            context.config().exclude());
    StringBuilder out = new StringBuilder();
    int code = 0;
    for (int i = 0; i < files.size(); i++) {
      for (Hook hook : context.hooks()) {
        if (hook.config().alwaysRun() || hook.config().language().equals("fail")) {
          continue;
        }
        if (filter.forHook(hook.config()).isEmpty()) {
          out.append(hook.id()).append(" does not apply to this repository\n");
          code = 1;
        }
      }
    }
    return new CheckResult(code, out.toString().getBytes(StandardCharsets.UTF_8), Set.of());
  }
}
