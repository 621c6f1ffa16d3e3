package dev.precommit.cli;

import dev.precommit.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** {@code precommit}: with no subcommand it runs the hooks, as {@code precommit run}. */
@Command(
    name = "precommit",
    mixinStandardHelpOptions = true,
    versionProvider = RootCommand.VersionProvider.class,
    description = "A fast, drop-in pre-commit for the JVM.",
    subcommandsRepeatable = false)
public final class RootCommand {

  /** {@code precommit --version}. */
  static final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "precommit "
            + Version.number()
            + " (pre-commit "
            + Version.PRE_COMMIT_COMPATIBLE
            + " compatible)"
      };
    }
  }
}
