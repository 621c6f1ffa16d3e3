package dev.precommit.hooks.meta;

import dev.precommit.config.HookConfig;
import dev.precommit.hooks.Check;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckInfo;
import dev.precommit.hooks.CheckResult;
import dev.precommit.select.FileOrder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code identity}: prints its arguments, one a line, as pre-commit's would: files in pre-commit's
 * shuffled order, the hook's args repeated in front of each batch of files.
 */
final class Identity implements Check {

  @Override
  public CheckInfo info() {
    return MetaInfo.of("identity", "identity", "");
  }

  /** pre-commit shows identity's output even when it passes. */
  @Override
  public HookConfig defaults() {
    HookConfig c = info().toHookConfig();
    return new HookConfig(
        c.id(),
        c.name(),
        c.entry(),
        c.language(),
        c.alias(),
        c.files(),
        c.exclude(),
        c.types(),
        c.typesOr(),
        c.excludeTypes(),
        c.additionalDependencies(),
        c.args(),
        c.alwaysRun(),
        c.failFast(),
        c.passFilenames(),
        c.description(),
        c.languageVersion(),
        c.logFile(),
        c.requireSerial(),
        c.stages(),
        true,
        c.minimumPreCommitVersion(),
        c.priority());
  }

  @Override
  public CheckResult run(CheckContext context, List<String> files, List<String> args) {
    List<String> shuffled = FileOrder.shuffle(files);
    int perBatch = Math.max(4, (int) Math.ceil(shuffled.size() / (double) context.jobs()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    do {
      List<String> batch = new ArrayList<>(args);
      batch.addAll(shuffled.subList(i, Math.min(shuffled.size(), i + perBatch)));
      for (String arg : batch) {
        out.writeBytes((arg + "\n").getBytes(StandardCharsets.UTF_8));
      }
      i += perBatch;
    } while (i < shuffled.size());
    return new CheckResult(0, out.toByteArray(), Set.of());
  }
}
