package dev.precommit.output.report;

import dev.precommit.hooks.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds file-and-line places in what an external hook printed, so reports and annotations can point
 * at them. External tools report nothing structured, but most compilers and linters start a
 * problem's line with {@code path:line:} or {@code path:line:col:}.
 *
 * <p>The heuristic, documented for users in {@code docs/report-json.md}: a line (ANSI colours
 * removed) that starts with {@code PATH:LINE:} or {@code PATH:LINE:COL:}, where LINE and COL are
 * decimal numbers, is a finding when PATH (with a leading {@code ./} dropped, or absolute inside
 * the repository) is one of the files the hook was given or names a regular file in the repository.
 * The rest of the line is the message. Anything else (timestamps like {@code 12:30:01}, URLs, paths
 * outside the repository) is left alone. At most {@value #LIMIT} findings are taken from one hook's
 * output.
 */
public final class OutputFindings {
  static final int LIMIT = 1000;
  private static final Pattern PLACE =
      Pattern.compile("^([^\\s:][^:]*?):([0-9]{1,9}):(?:([0-9]{1,9}):)?\\s*(.*)$");

  private OutputFindings() {}

  /**
   * The findings in {@code output}.
   *
   * @param files the files the hook was given, repository-relative
   * @param root the repository root, to check and relativize paths
   */
  public static List<Finding> parse(byte[] output, List<String> files, Path root) {
    Set<String> given = Set.copyOf(files);
    List<Finding> findings = new ArrayList<>();
    String text = ReportText.withoutAnsi(new String(output, StandardCharsets.UTF_8));
    for (String line : text.split("\r?\n|\r")) {
      Matcher m = PLACE.matcher(line);
      if (!m.matches()) {
        continue;
      }
      String path = repositoryPath(m.group(1), root);
      if (path == null || !(given.contains(path) || Files.isRegularFile(root.resolve(path)))) {
        continue;
      }
      int number = Integer.parseInt(m.group(2));
      findings.add(new Finding(path, number, m.group(4).strip()));
      if (findings.size() == LIMIT) {
        break;
      }
    }
    return List.copyOf(findings);
  }

  /** {@code raw} as a repository-relative path with forward slashes, or null when outside. */
  private static String repositoryPath(String raw, Path root) {
    try {
      Path p = Path.of(raw);
      Path absolute = (p.isAbsolute() ? p : root.resolve(p)).normalize();
      if (!absolute.startsWith(root) || absolute.equals(root)) {
        return null;
      }
      return root.relativize(absolute).toString().replace('\\', '/');
    } catch (java.nio.file.InvalidPathException e) {
      return null;
    }
  }
}
