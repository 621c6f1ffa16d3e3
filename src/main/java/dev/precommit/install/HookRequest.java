package dev.precommit.install;

import dev.precommit.config.Stage;
import java.util.List;
import java.util.Objects;

/**
 * What a shim asked for: {@code hook-impl --config=C --hook-type=T [--skip-on-missing-config]
 * [--hook-dir D] -- ARGS…}.
 *
 * @param config the config file, relative to the repository root (the hook's working directory)
 * @param hookDir the folder the shim lives in, as the shim saw it (may be relative); null when
 *     unknown, which turns legacy hooks off
 * @param args git's arguments to the hook, untouched
 */
public record HookRequest(
    Stage hookType, String config, String hookDir, boolean skipOnMissingConfig, List<String> args) {

  public HookRequest {
    Objects.requireNonNull(hookType, "hookType");
    Objects.requireNonNull(config, "config");
    args = List.copyOf(args);
  }
}
