package dev.precommit.run;

import dev.precommit.hooks.Finding;
import dev.precommit.repo.Hook;
import java.util.List;

/**
 * How one hook went, for the console and for reports.
 *
 * @param files the files the hook was given (empty when skipped or {@code pass_filenames: false})
 * @param exitCode the hook's exit code (0 when skipped)
 * @param output what the hook printed, stdout and stderr interleaved
 * @param modified whether it changed files
 * @param durationSeconds wall time, rounded to hundredths as pre-commit shows it; 0 when skipped
 * @param findings problems by file and line, from built-in checks that know them
 */
public record HookResult(
    Hook hook,
    Status status,
    List<String> files,
    int exitCode,
    byte[] output,
    boolean modified,
    double durationSeconds,
    List<Finding> findings) {

  /** What the status line says. */
  public enum Status {
    PASSED,
    FAILED,
    SKIPPED,
    NO_FILES
  }

  public HookResult {
    files = List.copyOf(files);
    findings = List.copyOf(findings);
  }

  public boolean failed() {
    return status == Status.FAILED;
  }
}
