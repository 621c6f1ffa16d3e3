package dev.precommit.hooks;

import dev.precommit.config.HookConfig;
import java.io.IOException;
import java.util.List;

/** A hook that runs inside the engine's JVM, with no process of its own. */
public interface Check {

  /** Its id, name and default filters. */
  CheckInfo info();

  /**
   * The hook a config entry overrides: {@link CheckInfo#toHookConfig()} unless a check needs more.
   */
  default HookConfig defaults() {
    return info().toHookConfig();
  }

  /**
   * Runs over {@code files} (repository-relative, already filtered) with the hook's {@code args}.
   * Bad arguments give exit code 2 and a usage line, as the Python script's argparse would.
   */
  CheckResult run(CheckContext context, List<String> files, List<String> args) throws IOException;
}
