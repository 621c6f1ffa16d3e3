package dev.precommit.hooks.meta;

import dev.precommit.config.HookConfig;
import dev.precommit.hooks.Check;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckInfo;
import dev.precommit.hooks.CheckResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * {@code identity}: prints its arguments, one a line, as pre-commit's would: files in the order and
 * batches pre-commit passes them, the hook's args repeated in front of each batch of files.
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
    return runBatches(context, List.of(files), args);
  }

  /** Each batch is an invocation: the args, then its files, one a line. */
  @Override
  public CheckResult runBatches(
      CheckContext context, List<List<String>> batches, List<String> args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (List<String> batch : batches) {
      for (List<String> part : List.of(args, batch)) {
        for (String arg : part) {
          out.writeBytes((arg + "\n").getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    return new CheckResult(0, out.toByteArray(), Set.of());
  }
}
