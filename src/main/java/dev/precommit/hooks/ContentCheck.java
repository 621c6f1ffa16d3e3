package dev.precommit.hooks;

import java.io.IOException;
import java.util.List;

/**
 * A built-in check that only needs each file's bytes. It parses its arguments once in {@link
 * #prepare}, and the engine feeds the resulting {@link FileCheck} the files of every enabled
 * content check in one {@link FusedPass}.
 */
public interface ContentCheck extends Check {

  /**
   * Parses {@code args} as the Python script's argparse would.
   *
   * @throws CheckAbortedException for bad arguments (exit code 2, usage text) or when the script
   *     would stop before reading any file
   */
  FileCheck prepare(List<String> args, CheckContext context) throws CheckAbortedException;

  /** Runs just this check: a fused pass of one step. */
  @Override
  default CheckResult run(CheckContext context, List<String> files, List<String> args)
      throws IOException {
    return FusedPass.run(context, List.of(FusedPass.Step.of(this, args, files))).get(0);
  }
}
