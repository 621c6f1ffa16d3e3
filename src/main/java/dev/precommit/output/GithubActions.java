package dev.precommit.output;

import dev.precommit.hooks.Finding;
import dev.precommit.output.report.HookReport;
import dev.precommit.repo.Hook;
import dev.precommit.run.HookListener;
import dev.precommit.run.HookResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * GitHub Actions workflow commands around the console output: each hook's lines in a collapsible
 * {@code ::group::}, and each failure as an {@code ::error} annotation that GitHub shows on the
 * file and line of a pull request (or on the run, when no place is known). Only when {@code
 * GITHUB_ACTIONS=true}, so a terminal never sees them.
 */
public final class GithubActions implements HookListener {
  /** Annotation messages keep at most this many lines of a hook's output. */
  static final int MAX_LINES = 50;

  private final Output output;
  private final Path root;

  public GithubActions(Output output, Path root) {
    this.output = output;
    this.root = root;
  }

  /** True when running as a GitHub Actions step. */
  public static boolean active(Map<String, String> env) {
    return "true".equals(env.get("GITHUB_ACTIONS"));
  }

  @Override
  public void starting(Hook hook) {
    output.writeLine("::group::" + escapeData(hook.config().name()));
  }

  @Override
  public void finished(HookResult result) {
    output.writeLine("::endgroup::");
    annotations(HookReport.from(result, root)).forEach(output::writeLine);
  }

  /** The {@code ::error} lines for one hook: one per finding, or one for the hook. */
  static List<String> annotations(HookReport hook) {
    if (!hook.failed()) {
      return List.of();
    }
    if (!hook.findings().isEmpty()) {
      return hook.findings().stream().map(f -> fileError(hook, f)).toList();
    }
    StringBuilder message =
        new StringBuilder(hook.name()).append(" failed (").append(hook.failureReason()).append(')');
    String out = hook.cleanOutput();
    if (!out.isEmpty()) {
      List<String> lines = out.lines().toList();
      message
          .append("\n\n")
          .append(String.join("\n", lines.subList(0, Math.min(MAX_LINES, lines.size()))));
      if (lines.size() > MAX_LINES) {
        message.append("\n… ").append(lines.size() - MAX_LINES).append(" more lines in the log");
      }
    }
    return List.of(
        "::error title=" + escapeProperty(hook.id()) + "::" + escapeData(message.toString()));
  }

  private static String fileError(HookReport hook, Finding f) {
    StringBuilder line = new StringBuilder("::error file=").append(escapeProperty(f.file()));
    if (f.line() > 0) {
      line.append(",line=").append(f.line());
    }
    line.append(",title=").append(escapeProperty(hook.id()));
    String message = f.message().isEmpty() ? hook.name() + " failed" : f.message();
    return line.append("::").append(escapeData(message)).toString();
  }

  /** A command's message: {@code %}, CR and LF escaped, as GitHub's toolkit does. */
  public static String escapeData(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A command's property value: as {@link #escapeData}, plus {@code :} and {@code ,}. */
  public static String escapeProperty(String text) {
    return escapeData(text).replace(":", "%3A").replace(",", "%2C");
  }
}
