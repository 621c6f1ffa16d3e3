package dev.precommit.lang;

import dev.precommit.process.ProcessResult;
import dev.precommit.repo.Hook;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code language: unsupported_script} (alias {@code script}): the first word of {@code entry} is a
 * script inside the hook's repository (the repository root for local hooks).
 */
public final class ScriptLanguage implements Language {
  private final String name;

  public ScriptLanguage(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ProcessResult run(Hook hook, List<String> files, HookContext context) throws IOException {
    List<String> command = new ArrayList<>(CommandLine.of(hook));
    command.set(0, hook.prefix().resolve(command.get(0)).toString());
    return SystemLanguage.runCommand(command, hook, files, context);
  }
}
