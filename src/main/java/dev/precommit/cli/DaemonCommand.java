package dev.precommit.cli;

import dev.precommit.CliContext;
import dev.precommit.ExitCodes;
import dev.precommit.daemon.DaemonPaths;
import dev.precommit.daemon.DaemonServer;
import dev.precommit.daemon.RunningDaemon;
import dev.precommit.output.Output;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code precommit daemon status|stop}: the warm engine the launcher starts on demand. {@code
 * daemon run} (hidden) is what the client starts, detached, with its output in the log.
 */
@Command(
    name = "daemon",
    mixinStandardHelpOptions = true,
    description = "Show or stop the warm engine that makes hooks start fast.",
    subcommands = {DaemonCommand.Status.class, DaemonCommand.Stop.class, DaemonCommand.Run.class})
public final class DaemonCommand implements Callable<Integer> {
  final CliContext context;

  public DaemonCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    return new Status(this).call();
  }

  @Command(name = "status", mixinStandardHelpOptions = true, description = "Show running daemons.")
  static final class Status implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand DaemonCommand parent;

    Status() {}

    Status(DaemonCommand parent) {
      this.parent = parent;
    }

    @Override
    public Integer call() {
      Output out = CommandOutput.of(parent.context, null);
      Path dir = DaemonPaths.directory(parent.context.env());
      List<RunningDaemon> running = RunningDaemon.list(dir);
      if (running.isEmpty()) {
        out.writeLine("No precommit daemon is running (log: " + DaemonPaths.log(dir) + ").");
      }
      for (RunningDaemon daemon : running) {
        out.writeLine(
            "precommit daemon running: pid "
                + daemon.pid()
                + ", build "
                + daemon.key()
                + ", socket "
                + daemon.socket());
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop running daemons.")
  static final class Stop implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand DaemonCommand parent;

    @Override
    public Integer call() {
      Output out = CommandOutput.of(parent.context, null);
      List<RunningDaemon> running = RunningDaemon.list(DaemonPaths.directory(parent.context.env()));
      if (running.isEmpty()) {
        out.writeLine("No precommit daemon is running.");
      }
      for (RunningDaemon daemon : running) {
        out.writeLine(
            (daemon.stop(Duration.ofSeconds(30)) ? "Stopped" : "Could not stop")
                + " the precommit daemon (pid "
                + daemon.pid()
                + ").");
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "run", hidden = true, description = "Serve requests (started by the client).")
  static final class Run implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand DaemonCommand parent;

    @Option(names = "--key", required = true, description = "The build key (jar and JDK).")
    String key;

    @Option(names = "--watch", description = "Exit when this file changes (default: the jar).")
    List<Path> watch = new ArrayList<>();

    @Override
    public Integer call() {
      if (watch.isEmpty()) {
        watch.addAll(RunningDaemon.ownFiles());
      }
      Duration idle = Duration.ofMinutes(30);
      String seconds = parent.context.env().get("PRECOMMIT_DAEMON_IDLE");
      if (seconds != null && seconds.matches("[0-9]+")) {
        idle = Duration.ofSeconds(Long.parseLong(seconds));
      }
      PrintStream log = new PrintStream(parent.context.err(), true, StandardCharsets.UTF_8);
      DaemonPaths paths = DaemonPaths.of(parent.context.env(), key);
      return new DaemonServer(paths, idle, watch, log, EntryPoint::execute).serve();
    }
  }
}
