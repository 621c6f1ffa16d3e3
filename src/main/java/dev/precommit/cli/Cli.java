package dev.precommit.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs one command line with its streams, working directory and environment as parameters, and
 * returns the exit code. Only {@code Main} calls {@code System.exit}.
 */
public final class Cli {
  private final CliContext context;

  public Cli(CliContext context) {
    this.context = context;
  }

  public Cli(
      InputStream in, OutputStream out, OutputStream err, Path workingDir, Map<String, String> env) {
    this(new CliContext(in, out, err, workingDir, env));
  }

  /** The process's own streams, directory and environment. */
  public static Cli standard() {
    return new Cli(System.in, System.out, System.err, Path.of("").toAbsolutePath(), System.getenv());
  }

  public int execute(String... args) {
    CommandLine cli = new CommandLine(new RootCommand());
    for (Object command : commands()) {
      cli.addSubcommand(command);
    }
    return cli.execute(args);
  }

  /** Every subcommand, in help order. An explicit list: adding a command is one line here. */
  private List<Object> commands() {
    return List.of(
        new AutoupdateCommand(context),
        new CleanCommand(context),
        new GcCommand(context),
        new InstallHooksCommand(context),
        new TryRepoCommand(context));
  }
}
