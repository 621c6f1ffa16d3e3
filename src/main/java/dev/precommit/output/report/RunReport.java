package dev.precommit.output.report;

import dev.precommit.run.RunOutcome;
import java.nio.file.Path;
import java.util.List;

/**
 * A finished run as the reports see it.
 *
 * @param root the repository root (SARIF's {@code %SRCROOT%}; paths are relative to it)
 * @param configFile the config file, repository-relative: where hook-level SARIF results point
 * @param exitCode the run's exit code
 * @param filesChecked files the run selected before any hook's filters
 * @param durationSeconds wall time of the whole run
 */
public record RunReport(
    Path root,
    String configFile,
    int exitCode,
    List<HookReport> hooks,
    int filesChecked,
    double durationSeconds) {

  public RunReport {
    hooks = List.copyOf(hooks);
  }

  public static RunReport from(
      RunOutcome outcome, Path root, String configFile, double durationSeconds) {
    List<HookReport> hooks = outcome.results().stream().map(r -> HookReport.from(r, root)).toList();
    return new RunReport(
        root, configFile, outcome.exitCode(), hooks, outcome.candidateFiles(), durationSeconds);
  }

  public long passed() {
    return hooks.stream()
        .filter(h -> h.status() == dev.precommit.run.HookResult.Status.PASSED)
        .count();
  }

  public long failed() {
    return hooks.stream().filter(HookReport::failed).count();
  }

  public long skipped() {
    return hooks.stream().filter(HookReport::skipped).count();
  }
}
