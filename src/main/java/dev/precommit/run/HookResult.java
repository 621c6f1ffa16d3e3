package dev.precommit.run;

import dev.precommit.hooks.CheckResult;
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
 * @param project in a workspace, the directory of the hook's project relative to the repository
 *     root ("" for a project at the root); null outside workspaces. {@code files} are relative to
 *     it, {@code findings} to the repository root.
 */
public record HookResult(
    Hook hook,
    Status status,
    List<String> files,
    int exitCode,
    byte[] output,
    boolean modified,
    double durationSeconds,
    List<Finding> findings,
    String project) {

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

  /** A hook that did not run: {@link Status#SKIPPED} or {@link Status#NO_FILES}. */
  static HookResult notRun(Hook hook, Status status) {
    return new HookResult(hook, status, List.of(), 0, new byte[0], false, 0, List.of(), null);
  }

  /** A hook that ran: failed when it exited non-zero or changed files. */
  static HookResult ran(
      Hook hook,
      List<String> passed,
      int exitCode,
      byte[] out,
      boolean modified,
      double seconds,
      List<Finding> findings) {
    boolean failed = exitCode != 0 || modified;
    return new HookResult(
        hook,
        failed ? Status.FAILED : Status.PASSED,
        passed,
        exitCode,
        out,
        modified,
        Math.round(seconds * 100) / 100.0,
        findings,
        null);
  }

  /** A built-in that ran: it says itself whether it changed files. */
  static HookResult checked(Hook hook, List<String> passed, CheckResult checked, double seconds) {
    return ran(
        hook,
        passed,
        checked.exitCode(),
        checked.output(),
        !checked.modifiedFiles().isEmpty(),
        seconds,
        checked.findings());
  }

  /** This result, failed because the hook was found to have changed files. */
  HookResult asModified() {
    return new HookResult(
        hook, Status.FAILED, files, exitCode, output, true, durationSeconds, findings, project);
  }

  /**
   * This result as one of the project in {@code dir} (relative to the repository root): its
   * findings, relative to the project, made relative to the repository root.
   */
  public HookResult inProject(String dir) {
    List<Finding> rooted =
        dir.isEmpty()
            ? findings
            : findings.stream()
                .map(f -> new Finding(dir + "/" + f.file(), f.line(), f.message()))
                .toList();
    return new HookResult(
        hook, status, files, exitCode, output, modified, durationSeconds, rooted, dir);
  }
}
