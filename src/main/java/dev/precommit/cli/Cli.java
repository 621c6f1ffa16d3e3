package dev.precommit.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
    PrintWriter out = writer(context.out());
    PrintWriter err = writer(context.err());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(Cli::handleExecutionException);
    try {
      return cli.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** A {@link FatalException} is one line on stderr and its exit code; anything else is a bug. */
  private static int handleExecutionException(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) throws Exception {
    if (e instanceof FatalException fatal) {
      commandLine.getErr().println("An error has occurred: " + fatal.getMessage());
      commandLine.getErr().flush();
      return fatal.exitCode();
    }
    throw e;
  }

  private static PrintWriter writer(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  /** Every subcommand, in help order. An explicit list: adding a command is one line here. */
  private List<Object> commands() {
    return List.of(
        new SampleConfigCommand(context),
        new ValidateConfigCommand(context),
        new ValidateManifestCommand(context),
        new MigrateConfigCommand(context));
  }
}
