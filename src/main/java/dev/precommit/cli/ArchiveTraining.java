package dev.precommit.cli;

import dev.precommit.CliContext;

/**
 * The training run {@code install.sh} records the start-up archive from: a commit's hook path and
 * then {@code run --all-files}, in one JVM, since a JVM writes one archive of the classes it
 * loaded. Run in a throw-away repository that has staged changes; not a user command.
 */
public final class ArchiveTraining {
  private ArchiveTraining() {}

  public static void main(String[] args) {
    CliContext context = CliContext.standard();
    new HookImpl(context)
        .run(
            "hook-impl",
            "--config=.pre-commit-config.yaml",
            "--hook-type=pre-commit",
            "--hook-dir",
            ".git/hooks",
            "--");
    new Cli(context).execute("run", "--all-files");
  }
}
