package dev.precommit.output;

import dev.precommit.output.report.HookReport;
import dev.precommit.output.report.RunReport;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The closing line of a CI run, after the hooks: {@code 3 hooks passed, 1 failed, 2 skipped; 120
 * files checked in 1.23s}. A CI log is read from the bottom, so the totals go there. Never on a
 * plain run, so the console stays byte for byte pre-commit's: printed with {@code --summary}, or
 * when the {@code CI} variable is set (to anything but empty, {@code 0} or {@code false}) and
 * {@code --no-summary} is not given; never after a run that stopped with an error before running
 * hooks (unmerged files, an unknown hook id), whose last line stays that error. "Skipped" counts
 * both {@code SKIP} and "(no files to check)" hooks; "files checked" counts the files the run
 * selected before any hook's filters.
 */
public final class SummaryLine {
  private SummaryLine() {}

  /** Whether to print the line, given {@code --summary}/{@code --no-summary} (null: neither). */
  public static boolean wanted(Boolean flag, Map<String, String> env) {
    if (flag != null) {
      return flag;
    }
    String ci = env.getOrDefault("CI", "");
    return !ci.isEmpty() && !ci.equals("0") && !ci.equalsIgnoreCase("false");
  }

  public static String of(RunReport run) {
    String line =
        of(run.passed(), run.failed(), run.skipped(), run.filesChecked(), run.durationSeconds());
    // In a workspace, the failed hooks by project: which project:hook to look at or rerun.
    List<String> failed =
        run.hooks().stream()
            .filter(h -> h.failed() && h.project() != null)
            .map(HookReport::qualifiedId)
            .toList();
    return failed.isEmpty() ? line : line + "; failed: " + String.join(", ", failed);
  }

  static String of(long passed, long failed, long skipped, long files, double seconds) {
    return passed
        + (passed == 1 ? " hook" : " hooks")
        + " passed, "
        + failed
        + " failed, "
        + skipped
        + " skipped; "
        + files
        + (files == 1 ? " file" : " files")
        + " checked in "
        + String.format(Locale.ROOT, "%.2f", seconds)
        + "s";
  }
}
