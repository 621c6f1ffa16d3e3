package dev.precommit.lang;

import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import dev.precommit.process.Xargs;
import dev.precommit.repo.Hook;
import dev.precommit.select.FileOrder;
import java.io.IOException;
import java.util.List;

/**
 * {@code language: unsupported} (alias {@code system}): runs {@code entry} as found on PATH, in the
 * repository root, with no environment of its own.
 */
public final class SystemLanguage implements Language {
  private final String name;

  public SystemLanguage(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ProcessResult run(Hook hook, List<String> files, HookContext context) throws IOException {
    return runCommand(CommandLine.of(hook), hook, files, context);
  }

  /**
   * Runs {@code command} over {@code files} in batches, shuffled as pre-commit shuffles them unless
   * the hook is {@code require_serial}.
   */
  static ProcessResult runCommand(
      List<String> command, Hook hook, List<String> files, HookContext context) throws IOException {
    boolean serial = hook.config().requireSerial();
    List<String> ordered = serial ? files : FileOrder.shuffle(files);
    Xargs xargs = new Xargs(ProcessRunner.merged(context.environment()), context.root());
    return xargs.run(command, ordered, serial ? 1 : context.jobs());
  }
}
