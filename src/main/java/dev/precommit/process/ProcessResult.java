package dev.precommit.process;

import java.nio.charset.StandardCharsets;

/**
 * What a finished process left: its exit code, its output and, when captured apart, its stderr.
 *
 * @param output stdout, or stdout and stderr interleaved (as pre-commit shows a hook's output)
 * @param errors stderr when captured apart, else empty
 */
public record ProcessResult(int exitCode, byte[] output, byte[] errors) {

  public ProcessResult(int exitCode, byte[] output) {
    this(exitCode, output, new byte[0]);
  }

  public String outputText() {
    return new String(output, StandardCharsets.UTF_8);
  }

  public String errorText() {
    return new String(errors, StandardCharsets.UTF_8);
  }

  public boolean succeeded() {
    return exitCode == 0;
  }
}
