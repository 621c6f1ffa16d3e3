package dev.precommit.lang;

import dev.precommit.process.ProcessResult;
import dev.precommit.repo.Hook;
import java.util.List;

/**
 * A pre-commit language precommit cannot run yet (docker, golang, rust, …): the hook fails with one
 * line saying so, and the rest of the run goes on.
 */
public final class UnsupportedLanguage implements Language {
  private final String name;

  public UnsupportedLanguage(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ProcessResult run(Hook hook, List<String> files, HookContext context) {
    return EntryProcess.failure(problem(name, hook.id()));
  }

  /** What a hook in language {@code name} fails with, as {@code validate-config} reports it too. */
  public static String problem(String name, String hookId) {
    return "language " + name + " is not supported by precommit yet (hook " + hookId + ")";
  }
}
