package dev.precommit.output.report;

/**
 * One {@code --report FORMAT=PATH}: which format, and where (relative to the working directory).
 */
public record ReportRequest(String format, String path) {

  /**
   * True when {@code arg} reads as a report, {@code FORMAT=PATH} with a known format: a second
   * value after one {@code --report} ({@code --report junit=a sarif=b}) that must not pass for a
   * hook id.
   */
  public static boolean looksLikeOne(String arg, Reports reports) {
    int eq = arg.indexOf('=');
    return eq > 0 && eq < arg.length() - 1 && reports.find(arg.substring(0, eq)).isPresent();
  }

  /**
   * Parses {@code FORMAT=PATH}.
   *
   * @throws IllegalArgumentException with the message to show, when the value is malformed or names
   *     no known format
   */
  public static ReportRequest parse(String spec, Reports reports) {
    int eq = spec.indexOf('=');
    String formats = String.join(", ", reports.names());
    if (eq <= 0 || eq == spec.length() - 1) {
      throw new IllegalArgumentException(
          "--report expects FORMAT=PATH with FORMAT one of " + formats + ", got `" + spec + "`");
    }
    String format = spec.substring(0, eq);
    if (reports.find(format).isEmpty()) {
      throw new IllegalArgumentException(
          "unknown report format `" + format + "` in --report: expected one of " + formats);
    }
    return new ReportRequest(format, spec.substring(eq + 1));
  }
}
