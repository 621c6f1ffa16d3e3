package dev.precommit.cli;

import picocli.CommandLine.Command;

/** {@code precommit}: with no subcommand it runs the hooks, as {@code precommit run}. */
@Command(name = "precommit", mixinStandardHelpOptions = true)
public final class RootCommand {}
