package dev.precommit.cli;

import dev.precommit.CliContext;
import dev.precommit.config.Stage;
import dev.precommit.git.GitRepo;
import dev.precommit.install.HookInvocation;
import dev.precommit.install.HookPlan;
import dev.precommit.install.HookRequest;
import dev.precommit.output.ColorMode;
import dev.precommit.output.Output;
import dev.precommit.process.Interrupts;
import dev.precommit.run.RunOptions;
import dev.precommit.run.Runner;
import java.util.ArrayList;
import java.util.List;

/**
 * What an installed git hook calls: {@code hook-impl --config=C --hook-type=T
 * [--skip-on-missing-config] [--hook-dir D] -- ARGS…}. Parsed by hand, without picocli, because
 * this is the path every commit takes and picocli costs 90–140 ms to start (jvm-startup.md).
 */
public final class HookImpl {
  private final CliContext context;

  public HookImpl(CliContext context) {
    this.context = context;
  }

  /** Runs one git hook call and returns the exit code for git. */
  public int run(String... args) {
    ErrorHandler errors = new ErrorHandler(context.env());
    HookRequest request;
    try {
      request = parse(args);
    } catch (UsageException e) {
      return errors.handle(e, context.err());
    }
    try {
      Output output =
          new Output(
              context.out(),
              context.err(),
              ColorMode.fromEnvironment(context.env()).enabled(context.terminal(), context.env()));
      GitRepo git = GitRepo.discover(context.workingDir(), context.env());
      HookPlan plan =
          new HookInvocation(
                  context.workingDir(), context.env(), context.in(), context.out(), context.err())
              .prepare(request, git);
      if (plan instanceof HookPlan.Run run) {
        Thread runner = Thread.currentThread();
        try (Interrupts.Registration interrupt =
            Interrupts.current()
                .onSignal(signal -> errors.interrupted(signal, context.out(), runner))) {
          return run.legacyExitCode()
              | new Runner(git, output, context.env()).run(inWorkspace(run.options()));
        }
      }
      return ((HookPlan.Done) plan).exitCode();
    } catch (Exception | Error e) {
      return errors.handle(e, context.err());
    }
  }

  /**
   * The shim of a plain {@code precommit install} names the default config: then the workspace is
   * discovered from the repository root (git runs hooks there), as prek's shim does. A shim
   * installed with {@code -c} keeps its one config.
   */
  private static RunOptions inWorkspace(RunOptions options) {
    return options.config().equals(RunOptions.DEFAULT_CONFIG)
        ? options.inWorkspace(true, "", List.of())
        : options;
  }

  /** Reads the shim's fixed arguments; anything after {@code --} is git's, untouched. */
  static HookRequest parse(String... args) {
    String config = null;
    Stage type = null;
    String hookDir = null;
    boolean skipOnMissing = false;
    List<String> gitArgs = new ArrayList<>();
    int i = args.length > 0 && args[0].equals("hook-impl") ? 1 : 0;
    for (; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--")) {
        gitArgs.addAll(List.of(args).subList(i + 1, args.length));
        break;
      } else if (arg.startsWith("--config=")) {
        config = arg.substring("--config=".length());
      } else if (arg.startsWith("--hook-type=")) {
        String name = arg.substring("--hook-type=".length());
        type =
            Stage.fromId(name)
                .filter(Stage::isHookType)
                .orElseThrow(
                    () -> new UsageException("hook-impl: unknown hook type `" + name + "`"));
      } else if (arg.equals("--hook-dir") && i + 1 < args.length) {
        hookDir = args[++i];
      } else if (arg.startsWith("--hook-dir=")) {
        hookDir = arg.substring("--hook-dir=".length());
      } else if (arg.equals("--skip-on-missing-config")) {
        skipOnMissing = true;
      } else {
        throw new UsageException("hook-impl: unexpected argument `" + arg + "`");
      }
    }
    if (type == null) {
      throw new UsageException("hook-impl: --hook-type is required");
    }
    return new HookRequest(
        type, config == null ? ".pre-commit-config.yaml" : config, hookDir, skipOnMissing, gitArgs);
  }
}
