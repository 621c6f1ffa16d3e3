package dev.precommit.lang;

import dev.precommit.process.ProcessResult;
import dev.precommit.repo.Hook;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code language: fail}: fails with {@code entry} as the message, then the files it matched. */
public final class FailLanguage implements Language {

  @Override
  public String name() {
    return "fail";
  }

  @Override
  public ProcessResult run(Hook hook, List<String> files, HookContext context) {
    String out = hook.config().entry() + "\n\n" + String.join("\n", files) + "\n";
    return new ProcessResult(1, out.getBytes(StandardCharsets.UTF_8));
  }
}
