package dev.precommit.cli;

import dev.precommit.CliContext;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;

/**
 * Runs one command line with its streams, working directory and environment as parameters, and
 * returns the exit code. Only {@code Main} calls {@code System.exit}.
 */
public final class Cli {
  /** Root options that are not a shorthand for {@code run}. */
  private static final Set<String> ROOT_OPTIONS = Set.of("-h", "--help", "-V", "--version");

  private final CliContext context;

  public Cli(CliContext context) {
    this.context = context;
  }

  public Cli(
      InputStream in,
      OutputStream out,
      OutputStream err,
      Path workingDir,
      Map<String, String> env) {
    this(new CliContext(in, out, err, workingDir, env));
  }

  /** The process's own streams, directory and environment. */
  public static Cli standard() {
    return new Cli(CliContext.standard());
  }

  public int execute(String... args) {
    String[] commandLine = withDefaultCommand(args);
    RunCommand run = RunArguments.parse(commandLine, context);
    if (run != null) {
      try {
        return run.call();
      } catch (Exception | Error e) {
        return new ErrorHandler(context.env()).handle(e, context.err());
      }
    }
    CommandLine cli = new CommandLine(new RootCommand());
    for (Object command : commands()) {
      cli.addSubcommand(command);
    }
    ErrorHandler errors = new ErrorHandler(context.env());
    cli.setOut(new PrintWriter(context.out(), true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(context.err(), true, StandardCharsets.UTF_8));
    cli.setExecutionExceptionHandler((e, line, parsed) -> errors.handle(e, context.err()));
    return cli.execute(commandLine);
  }

  /** {@code precommit} alone, or followed by run's options, means {@code precommit run}. */
  static String[] withDefaultCommand(String[] args) {
    if (args.length == 0 || (args[0].startsWith("-") && !ROOT_OPTIONS.contains(args[0]))) {
      List<String> all = new ArrayList<>(List.of("run"));
      all.addAll(List.of(args));
      return all.toArray(String[]::new);
    }
    return args;
  }

  /** Every subcommand, in help order. An explicit list: adding a command is one line here. */
  List<Object> commands() {
    return List.of(
        new CommandLine.HelpCommand(),
        new RunCommand(context),
        new ListCommand(context),
        new InstallCommand(context),
        new UninstallCommand(context),
        new InitTemplateDirCommand(context),
        new InstallHooksCommand(context),
        new AutoupdateCommand(context),
        new CleanCommand(context),
        new GcCommand(context),
        new TryRepoCommand(context),
        new SampleConfigCommand(context),
        new ValidateConfigCommand(context),
        new ValidateManifestCommand(context),
        new MigrateConfigCommand(context),
        new RecoverCommand(context),
        new DaemonCommand(context));
  }
}
