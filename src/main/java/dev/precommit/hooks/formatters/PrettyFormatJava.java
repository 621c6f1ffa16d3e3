package dev.precommit.hooks.formatters;

import dev.precommit.config.Stage;
import dev.precommit.hooks.ArgumentParser;
import dev.precommit.hooks.Check;
import dev.precommit.hooks.CheckAbortedException;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckInfo;
import dev.precommit.hooks.CheckResult;
import dev.precommit.lang.JvmArtifacts;
import dev.precommit.repo.CacheDir;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code pretty-format-java} of {@code macisamuele/language-formatters-pre-commit-hooks}, run in
 * the engine's JVM: the wrapper's options, output and exit codes, with google-java-format called
 * in-process instead of {@code java -jar} (see {@link GoogleJavaFormatCli}). The version the hook
 * asks for is the built-in one when they match, else it is resolved from Maven Central into the
 * store (see {@link JvmArtifacts}); {@code --google-java-formatter-jar} loads the jar it names.
 *
 * <p>The output is the wrapper's: the log its {@code run_command} writes for {@code java -version}
 * and for the formatter's command line (see {@link WrapperTrace}), then {@code The following files
 * are not properly formatted: a, b} (or {@code ... have been fixed by google-java-formatter: ...})
 * when the formatter listed files. Exit 0 when the formatter exited 0, else 1; argparse errors exit
 * 2. Where the wrapper cannot run at all (a version the JVM cannot run), one line says why.
 *
 * <p>{@code --palantir} and {@code --formatter-jar-checksum} are not run here: a hook that uses
 * them runs the Python hook ({@link LanguageFormatters#runsInProcess}).
 */
public final class PrettyFormatJava implements Check {
  static final String ID = "pretty-format-java";

  /** The google-java-format on the engine's classpath. */
  static final String BUILT_IN_VERSION = "1.28.0";

  /** google-java-format releases after this one need Java 21 to run. */
  private static final String LAST_ON_JAVA_17 = "1.28.0";

  private static final List<String> ADD_EXPORTS =
      List.of(
          "--add-exports",
          "jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED",
          "--add-exports",
          "jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED",
          "--add-exports",
          "jdk.compiler/com.sun.tools.javac.parser=ALL-UNNAMED",
          "--add-exports",
          "jdk.compiler/com.sun.tools.javac.tree=ALL-UNNAMED",
          "--add-exports",
          "jdk.compiler/com.sun.tools.javac.util=ALL-UNNAMED");

  private static final CheckInfo INFO =
      new CheckInfo(
          ID,
          "Google (or Palantir) Java Formatter",
          "Runs Google (or Palantir) Java Formatter over Java source files",
          "",
          "^$",
          List.of("java"),
          List.of(),
          List.of(),
          List.of(Stage.values()),
          true,
          false,
          true,
          true);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  /** The wrapper's argparse parser ({@code pretty_format_java.py}). */
  static ArgumentParser parser() {
    return new ArgumentParser(ID)
        .value("google_java_formatter_version", null, "--google-java-formatter-version")
        .value("google_java_formatter_jar", null, "--google-java-formatter-jar")
        .exclusive("google_java_formatter_version", "google_java_formatter_jar")
        .value("palantir_java_formatter_version", null, "--palantir-java-formatter-version")
        .value("palantir_java_formatter_jar", null, "--palantir-java-formatter-jar")
        .exclusive("palantir_java_formatter_version", "palantir_java_formatter_jar")
        .flag("use_palantir", "--palantir")
        .value("checksum", null, "--formatter-jar-checksum")
        .flag("autofix", "--autofix")
        .flag("aosp", "--aosp");
  }

  /** One invocation per batch, as pre-commit runs the script: the log is per invocation. */
  @Override
  public CheckResult runBatches(CheckContext context, List<List<String>> batches, List<String> args)
      throws IOException {
    List<CheckResult> results = new ArrayList<>();
    for (List<String> batch : batches) {
      results.add(run(context, batch, args));
    }
    return CheckResult.concat(results);
  }

  @Override
  public CheckResult run(CheckContext context, List<String> files, List<String> args)
      throws IOException {
    StringBuilder out = new StringBuilder();
    WrapperTrace trace = new WrapperTrace(context.root(), out);
    trace.javaVersion();
    ArgumentParser.Parsed parsed;
    try {
      parsed = parser().parse(args);
    } catch (CheckAbortedException e) {
      return result(e.exitCode(), out.append(new String(e.output(), StandardCharsets.UTF_8)));
    }
    List<String> filenames = parsed.filenames(files);
    if (parsed.flag("use_palantir") || parsed.value("checksum").isPresent()) {
      out.append(
          "pretty-format-java: --palantir and --formatter-jar-checksum run only in the Python"
              + " hook; precommit runs it when the config says so\n");
      return result(1, out);
    }
    Optional<String> jar = parsed.value("google_java_formatter_jar");
    String version = parsed.value("google_java_formatter_version").orElse(BUILT_IN_VERSION);
    if (jar.isEmpty()) {
      Optional<String> problem = cannotRun(version);
      if (problem.isPresent()) {
        out.append(problem.get()).append('\n');
        return result(1, out);
      }
    }
    String jarPath =
        jar.orElseGet(
            () ->
                wrapperCache(context.environment())
                    .resolve("google-java-formatter" + version + ".jar")
                    .toString());
    boolean autofix = parsed.flag("autofix");
    List<String> formatterArgs = new ArrayList<>();
    formatterArgs.add("--set-exit-if-changed");
    if (parsed.flag("aosp")) {
      formatterArgs.add("--aosp");
    }
    formatterArgs.add(autofix ? "--replace" : "--dry-run");

    List<String> argv = new ArrayList<>(List.of("java"));
    argv.addAll(ADD_EXPORTS);
    argv.addAll(List.of("-jar", jarPath));
    argv.addAll(formatterArgs);
    argv.addAll(filenames);
    trace.command(argv);

    ClassLoader loader;
    try {
      loader = loader(jar, version, context);
    } catch (RuntimeException e) {
      trace.result(1, "", "Error: " + e.getMessage() + "\n");
      return result(1, out);
    }
    FileArguments paths = FileArguments.of(context.root(), filenames);
    Map<String, byte[]> before = autofix ? paths.contents() : Map.of();
    List<String> cliArgs = new ArrayList<>(formatterArgs);
    cliArgs.addAll(paths.arguments());
    GoogleJavaFormatCli.Result ran = GoogleJavaFormatCli.run(loader, cliArgs);
    String stdout = paths.relativize(ran.stdout());
    trace.result(ran.status(), stdout, paths.relativize(ran.stderr()));
    if (!stdout.isEmpty()) {
      out.append(
              autofix
                  ? "The following files have been fixed by google-java-formatter"
                  : "The following files are not properly formatted")
          .append(": ")
          .append(String.join(", ", PythonLines.split(stdout)))
          .append('\n');
    }
    Set<String> modified = new LinkedHashSet<>();
    if (autofix) {
      Map<String, byte[]> after = paths.contents();
      before.forEach(
          (file, bytes) -> {
            if (!Arrays.equals(bytes, after.get(file))) {
              modified.add(file);
            }
          });
    }
    return new CheckResult(
        ran.status() == 0 ? 0 : 1, out.toString().getBytes(StandardCharsets.UTF_8), modified);
  }

  /** Why this JVM cannot run google-java-format {@code version}, if it cannot. */
  static Optional<String> cannotRun(String version) {
    int feature = Runtime.version().feature();
    if (Versions.compare(version, "1.9") <= 0 && feature >= 16) {
      return Optional.of(
          "pretty-format-java: google-java-format "
              + version
              + " runs only on Java 15 or older, and precommit runs on Java "
              + feature
              + ": ask for a newer version with --google-java-formatter-version");
    }
    if (Versions.compare(version, LAST_ON_JAVA_17) > 0 && feature < 21) {
      return Optional.of(
          "pretty-format-java: google-java-format "
              + version
              + " needs Java 21 or newer, and precommit runs on Java "
              + feature
              + ": run precommit on a JDK 21+ (JAVA_HOME) or pin"
              + " --google-java-formatter-version="
              + LAST_ON_JAVA_17
              + " in the hook's args");
    }
    return Optional.empty();
  }

  private static ClassLoader loader(Optional<String> jar, String version, CheckContext context)
      throws IOException {
    if (jar.isPresent()) {
      return JvmArtifacts.jarLoader(List.of(context.root().resolve(jar.get())));
    }
    if (version.equals(BUILT_IN_VERSION)) {
      return PrettyFormatJava.class.getClassLoader();
    }
    return JvmArtifacts.loader(
        List.of("com.google.googlejavaformat:google-java-format:" + version),
        CacheDir.resolve(context.environment()),
        context.environment());
  }

  /**
   * Where the wrapper keeps the jars it downloads (its {@code _base_directory()}): {@code
   * $PRE_COMMIT_HOME}, else {@code $XDG_CACHE_HOME/pre-commit}, else {@code ~/.cache/pre-commit},
   * with symbolic links resolved. Only named in the log: nothing is downloaded there.
   */
  static Path wrapperCache(Map<String, String> env) {
    String home = env.get("PRE_COMMIT_HOME");
    Path dir;
    if (home != null && !home.isEmpty()) {
      dir = Path.of(home);
    } else {
      String xdg = env.get("XDG_CACHE_HOME");
      Path base =
          xdg != null && !xdg.isEmpty()
              ? Path.of(xdg)
              : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".cache");
      dir = base.resolve("pre-commit");
    }
    try {
      return dir.toRealPath();
    } catch (IOException e) {
      return dir.toAbsolutePath().normalize();
    }
  }

  private static CheckResult result(int exitCode, StringBuilder out) {
    return new CheckResult(exitCode, out.toString().getBytes(StandardCharsets.UTF_8), Set.of());
  }
}
