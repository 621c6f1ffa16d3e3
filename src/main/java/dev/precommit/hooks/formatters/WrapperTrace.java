package dev.precommit.hooks.formatters;

import dev.precommit.config.PythonRepr;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;

/**
 * The log the wrapper's {@code run_command} writes to stderr around each command it runs, which
 * pre-commit shows with the hook's output: {@code [cwd=<dir>] Run command: <argv as a Python
 * tuple>}, then {@code [return_code=<n>] | <stdout>}, a newline, a tab and {@code stderr:
 * <stderr>}. The in-process check writes the same lines for the commands the wrapper would have
 * run, so its output matches the wrapper's byte for byte.
 */
final class WrapperTrace {
  private final String cwd;
  private final StringBuilder out;

  /**
   * @param cwd the directory the hook runs in (the work tree), as Python's {@code os.getcwd()}
   *     gives it: symbolic links resolved
   */
  WrapperTrace(Path cwd, StringBuilder out) {
    this.cwd = realPath(cwd);
    this.out = out;
  }

  /** {@code run_command(*argv)}'s first line. */
  void command(List<String> argv) {
    StringJoiner tuple = new StringJoiner(", ", "(", argv.size() == 1 ? ",)" : ")");
    argv.forEach(a -> tuple.add(PythonRepr.string(a)));
    out.append("[cwd=").append(cwd).append("] Run command: ").append(tuple).append('\n');
  }

  /** {@code run_command}'s second line, after the command ended. */
  void result(int returnCode, String stdout, String stderr) {
    out.append("[return_code=")
        .append(returnCode)
        .append("] | ")
        .append(stdout)
        .append("\n\tstderr: ")
        .append(stderr)
        .append('\n');
  }

  /**
   * The wrapper's {@code java_required} check, {@code java -version}, as this JVM would answer it:
   * the formatter runs on this JVM, so its banner is the one that tells the truth.
   */
  void javaVersion() {
    command(List.of("java", "-version"));
    result(0, "", banner());
  }

  /**
   * What {@code java -version} prints for this JVM (the launcher's format, from its properties).
   */
  static String banner() {
    String runtime = System.getProperty("java.runtime.name", "OpenJDK Runtime Environment");
    String runtimeVersion = System.getProperty("java.runtime.version", "");
    String vendorVersion = System.getProperty("java.vendor.version");
    String vendor = vendorVersion == null || vendorVersion.isEmpty() ? "" : " " + vendorVersion;
    String date = System.getProperty("java.version.date");
    String launcher = runtime.startsWith("OpenJDK") ? "openjdk" : "java";
    return launcher
        + " version \""
        + System.getProperty("java.version")
        + "\""
        + (date == null ? "" : " " + date)
        + (runtimeVersion.contains("-LTS") ? " LTS" : "")
        + "\n"
        + runtime
        + vendor
        + " (build "
        + runtimeVersion
        + ")\n"
        + System.getProperty("java.vm.name")
        + vendor
        + " (build "
        + System.getProperty("java.vm.version")
        + ", "
        + vmInfo()
        + ")\n";
  }

  /**
   * {@code java.vm.info} as a plain {@code java -version} reports it: without the {@code
   * emulated-client} that the engine's {@code -XX:TieredStopAtLevel=1} adds.
   */
  private static String vmInfo() {
    return System.getProperty("java.vm.info", "").replace(", emulated-client", "");
  }

  private static String realPath(Path dir) {
    try {
      return dir.toRealPath().toString();
    } catch (java.io.IOException e) {
      return dir.toAbsolutePath().normalize().toString();
    }
  }
}
