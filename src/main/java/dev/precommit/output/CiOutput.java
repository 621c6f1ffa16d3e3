package dev.precommit.output;

import dev.precommit.output.report.ReportRequest;
import dev.precommit.output.report.ReportWriter;
import dev.precommit.output.report.Reports;
import dev.precommit.output.report.RunReport;
import dev.precommit.run.HookListener;
import dev.precommit.run.RunOutcome;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@code precommit run} adds around pre-commit's console output for CI: GitHub Actions groups
 * and annotations while hooks run, then the summary line and the reports. Kept apart from the
 * runner so the plain console output stays pre-commit's byte for byte.
 */
public final class CiOutput {
  private final Output output;
  private final Map<String, String> env;
  private final Boolean summaryFlag;
  private final List<ReportRequest> reports;
  private final ReportWriter writer;

  /**
   * @param summaryFlag {@code --summary} (true), {@code --no-summary} (false), or null for neither
   * @param workingDir where relative report paths start
   */
  public CiOutput(
      Output output,
      Map<String, String> env,
      Boolean summaryFlag,
      List<ReportRequest> reports,
      Reports formats,
      Path workingDir) {
    this.output = output;
    this.env = Map.copyOf(env);
    this.summaryFlag = summaryFlag;
    this.reports = List.copyOf(reports);
    this.writer = new ReportWriter(formats, workingDir);
  }

  /** The listener to run hooks with: GitHub Actions commands on GitHub, else nothing. */
  public HookListener listener(Path root) {
    return GithubActions.active(env) ? new GithubActions(output, root) : HookListener.NONE;
  }

  /**
   * Prints the summary line when wanted and writes the reports, after the run.
   *
   * @param configFile the config, relative to {@code root}
   * @param seconds the run's wall time
   * @throws dev.precommit.FatalException when a report cannot be written
   */
  public void finish(RunOutcome outcome, Path root, String configFile, double seconds) {
    boolean stopped = outcome.results().isEmpty() && outcome.exitCode() != 0;
    boolean summary = !stopped && SummaryLine.wanted(summaryFlag, env);
    if (!summary && reports.isEmpty()) {
      return;
    }
    RunReport report = RunReport.from(outcome, root, configFile, seconds);
    if (summary) {
      output.writeLine(SummaryLine.of(report));
    }
    writer.writeAll(reports, report);
  }
}
