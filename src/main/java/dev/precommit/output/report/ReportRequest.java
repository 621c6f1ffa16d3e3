package dev.precommit.output.report;

/**
 * One {@code --report FORMAT=PATH}: which format, and where (relative to the working directory).
 */
public record ReportRequest(String format, String path) {

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
