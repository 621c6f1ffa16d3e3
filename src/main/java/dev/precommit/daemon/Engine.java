package dev.precommit.daemon;

import dev.precommit.CliContext;

/**
 * What the daemon runs for each request: one command line in the request's own context. The command
 * layer above hands it in ({@code EntryPoint::execute}), so the daemon does not import it.
 */
@FunctionalInterface
public interface Engine {
  int execute(CliContext context, String... args);
}
