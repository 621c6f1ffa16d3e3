package dev.precommit.cli;

import dev.precommit.CliContext;
import dev.precommit.ExitCodes;
import dev.precommit.FatalException;
import dev.precommit.git.GitRepo;
import dev.precommit.output.ColorMode;
import dev.precommit.output.Output;
import dev.precommit.stash.Recovery;
import dev.precommit.stash.RepoLock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code precommit recover}: the one command a user is told to run when a killed run's stash could
 * not be restored automatically (files changed since). Delegates to {@link Recovery}.
 */
@Command(
    name = "recover",
    mixinStandardHelpOptions = true,
    description =
        "Restore unstaged changes that a killed precommit run left stashed, keeping a copy of any"
            + " file that changed since.")
public final class RecoverCommand implements Callable<Integer> {
  private final CliContext context;

  public RecoverCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Output out =
        new Output(
            context.out(),
            context.err(),
            ColorMode.fromEnvironment(context.env()).enabled(false, context.env()));
    try {
      GitRepo repo = GitRepo.discover(context.workingDir(), context.env());
      try (RepoLock lock = RepoLock.acquire(repo, out)) {
        if (!Recovery.recoverForcibly(lock, out)) {
          out.info("Nothing to recover: no stashed changes are waiting in this repository.");
        }
      }
      return ExitCodes.OK;
    } catch (FatalException e) {
      out.errorLine("An error has occurred: " + e.getMessage());
      return e.exitCode();
    }
  }
}
