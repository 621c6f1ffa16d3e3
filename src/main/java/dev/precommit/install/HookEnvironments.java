package dev.precommit.install;

import dev.precommit.git.GitRepo;
import dev.precommit.output.Output;

/**
 * Prepares every hook's environment ahead of the first commit, for {@code install
 * --install-hooks}. Built-in checks and {@code system}, {@code script}, {@code fail} and {@code
 * pygrep} hooks need no environment, so for them this does nothing; languages that build one
 * (remote repositories, python, node, …) hook in here.
 */
public final class HookEnvironments {
  private HookEnvironments() {}

  /** Builds the environments of the hooks in {@code config}; returns an exit code. */
  public static int prepareAll(GitRepo repo, String config, Output out) {
    return 0;
  }
}
