package dev.precommit.output.report;

import dev.precommit.hooks.Finding;
import dev.precommit.run.HookResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * One hook's result as every report format sees it: the console result plus findings, taken from
 * the check when it knows them and otherwise parsed from a failed hook's output ({@link
 * OutputFindings}).
 *
 * @param output what the hook printed, decoded as UTF-8, unchanged otherwise
 * @param findingsFromOutput true when the findings were parsed from the output (a heuristic)
 * @param project in a workspace, the hook's project directory relative to the repository root
 *     ({@code .} for the root); null outside workspaces. Findings are relative to the repository
 *     root either way.
 */
public record HookReport(
    String id,
    String name,
    HookResult.Status status,
    int exitCode,
    boolean modified,
    double durationSeconds,
    List<String> files,
    String output,
    List<Finding> findings,
    boolean findingsFromOutput,
    String project) {

  public HookReport {
    files = List.copyOf(files);
    findings = List.copyOf(findings);
  }

  /** The report of {@code result}, in the repository at {@code root}. */
  public static HookReport from(HookResult result, Path root) {
    List<Finding> findings = result.findings();
    boolean parsed = false;
    String dir = result.project();
    if (findings.isEmpty() && result.failed()) {
      // A project's hook ran in its directory and named files relative to it.
      Path base = dir == null || dir.isEmpty() ? root : root.resolve(dir);
      findings = OutputFindings.parse(result.output(), result.files(), base);
      if (dir != null && !dir.isEmpty()) {
        findings =
            findings.stream()
                .map(f -> new Finding(dir + "/" + f.file(), f.line(), f.message()))
                .toList();
      }
      parsed = !findings.isEmpty();
    }
    return new HookReport(
        result.hook().id(),
        result.hook().config().name(),
        result.status(),
        result.exitCode(),
        result.modified(),
        result.durationSeconds(),
        dir == null || dir.isEmpty()
            ? result.files()
            : result.files().stream().map(f -> dir + "/" + f).toList(),
        new String(result.output(), StandardCharsets.UTF_8),
        findings,
        parsed,
        dir == null ? null : dir.isEmpty() ? "." : dir);
  }

  /** The config file that declares the hook, given the run's config {@code configFile}. */
  public String configFile(String configFile) {
    if (project == null) {
      return configFile;
    }
    String name = Path.of(configFile).getFileName().toString();
    return project.equals(".") ? name : project + "/" + name;
  }

  /** The hook as a selector names it: {@code project:id} in a workspace, else the id. */
  public String qualifiedId() {
    return project == null ? id : project + ":" + id;
  }

  public boolean failed() {
    return status == HookResult.Status.FAILED;
  }

  public boolean skipped() {
    return status == HookResult.Status.SKIPPED || status == HookResult.Status.NO_FILES;
  }

  /** The output as the console shows it: stripped, without colour codes. */
  public String cleanOutput() {
    return ReportText.strip(ReportText.withoutAnsi(output));
  }

  /** Why it failed, in one line: {@code exit code: 1; files were modified by this hook}. */
  public String failureReason() {
    String code = exitCode != 0 ? "exit code: " + exitCode : "";
    String mod = modified ? "files were modified by this hook" : "";
    return code.isEmpty() ? mod : mod.isEmpty() ? code : code + "; " + mod;
  }
}
