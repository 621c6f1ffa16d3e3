package dev.precommit.hooks.formatters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precommit.config.PythonRepr;
import dev.precommit.config.Stage;
import dev.precommit.hooks.ArgumentParser;
import dev.precommit.hooks.Check;
import dev.precommit.hooks.CheckAbortedException;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckInfo;
import dev.precommit.hooks.CheckResult;
import dev.precommit.lang.JvmArtifacts;
import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
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
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * {@code pretty-format-kotlin} of {@code macisamuele/language-formatters-pre-commit-hooks} without
 * Python: the wrapper's options, output and exit codes. ktfmt ({@code --ktfmt}) is called in the
 * engine's JVM (see {@link KtfmtCli}); ktlint, the default, runs as a {@code java} process of the
 * engine's JDK over the {@code ktlint-cli} release resolved from Maven Central into the store: its
 * command line cannot share the engine's JVM, since it finds its rule sets through a {@code new
 * URLClassLoader(urls)} whose parent is the system class loader (under any other loader it finds
 * none: {@code A non-empty set of 'ruleProviders' need to be provided}), writes its report to
 * {@code System.out} and ends the JVM. Nothing is downloaded from GitHub; {@code --ktlint-jar} and
 * {@code --ktfmt-jar} use the jar they name.
 *
 * <p>The output is the wrapper's: the log its {@code run_command} writes (see {@link WrapperTrace})
 * for {@code java -version} and each formatter command it would have run, then {@code The following
 * files are not properly formatted: ...} or {@code ... have been fixed by ktlint: ...} for ktlint.
 * Exit 0 when all is formatted, else 1; argparse errors exit 2.
 *
 * <p>Where the wrapper's output depends on chance, this check picks one of its possible outputs:
 * ktfmt lists files as its threads finish them, here in the order they were given; the wrapper's
 * {@code Running ktlint format on {...}} shows a Python set, here sorted.
 *
 * <p>{@code --formatter-jar-checksum} is not run here: a hook that uses it runs the Python hook
 * ({@link LanguageFormatters#runsInProcess}).
 */
public final class PrettyFormatKotlin implements Check {
  static final String ID = "pretty-format-kotlin";

  private static final String KTLINT_MAIN = "com.pinterest.ktlint.Main";
  private static final List<String> ADD_OPENS =
      List.of("--add-opens", "java.base/java.lang=ALL-UNNAMED");

  private static final CheckInfo INFO =
      new CheckInfo(
          ID,
          "KTLint",
          "Runs KTLint (or ktfmt) over Kotlin source files",
          "",
          "^$",
          List.of("kotlin"),
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

  /** The wrapper's argparse parser ({@code pretty_format_kotlin.py}). */
  static ArgumentParser parser() {
    return new ArgumentParser(ID)
        .flag("autofix", "--autofix")
        .value("ktlint_version", null, "--ktlint-version")
        .value("ktlint_jar", null, "--ktlint-jar")
        .value("kftmt_version", null, "--ktfmt-version")
        .value("ktfmt_jar", null, "--ktfmt-jar")
        .flag("ktfmt", "--ktfmt")
        .value("formatter_jar_checksum", null, "--formatter-jar-checksum")
        .choice("ktfmt_style", null, List.of("google", "kotlinlang"), "--ktfmt-style");
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
    if (parsed.value("formatter_jar_checksum").isPresent()) {
      out.append(
          "pretty-format-kotlin: --formatter-jar-checksum runs only in the Python hook;"
              + " precommit runs it when the config says so\n");
      return result(1, out);
    }
    List<String> filenames = parsed.filenames(files);
    boolean autofix = parsed.flag("autofix");
    FileArguments paths = FileArguments.of(context.root(), filenames);
    Map<String, byte[]> before = autofix ? paths.contents() : Map.of();
    int status =
        parsed.flag("ktfmt")
            ? ktfmt(context, parsed, paths, trace)
            : ktlint(context, parsed, filenames, autofix, trace, out);
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
    return new CheckResult(status, out.toString().getBytes(StandardCharsets.UTF_8), modified);
  }

  private static int ktfmt(
      CheckContext context, ArgumentParser.Parsed parsed, FileArguments paths, WrapperTrace trace)
      throws IOException {
    Optional<String> jar = parsed.value("ktfmt_jar");
    String version = parsed.value("kftmt_version").orElseThrow();
    List<String> ktfmtArgs = new ArrayList<>(List.of("--set-exit-if-changed"));
    parsed.value("ktfmt_style").ifPresent(style -> ktfmtArgs.add("--" + style + "-style"));
    if (!parsed.flag("autofix")) {
      ktfmtArgs.add("--dry-run");
    }
    String jarPath =
        jar.orElseGet(
            () ->
                PrettyFormatJava.wrapperCache(context.environment())
                    .resolve(ktfmtJarName(version))
                    .toString());
    List<String> argv = new ArrayList<>(List.of("java", "-jar", jarPath, "ktfmt"));
    argv.addAll(ktfmtArgs);
    argv.addAll(paths.files());
    trace.command(argv);
    ClassLoader loader;
    try {
      loader =
          jar.isPresent()
              ? JvmArtifacts.jarLoader(List.of(context.root().resolve(jar.get())))
              : JvmArtifacts.loader(
                  List.of("com.facebook:ktfmt:" + version),
                  CacheDir.resolve(context.environment()),
                  context.environment());
    } catch (RuntimeException | IOException e) {
      trace.result(1, "", "Error: cannot resolve ktfmt " + version + ": " + e.getMessage() + "\n");
      return 1;
    }
    List<String> cliArgs = new ArrayList<>(List.of("ktfmt"));
    cliArgs.addAll(ktfmtArgs);
    cliArgs.addAll(paths.arguments());
    KtfmtCli.Result ran = KtfmtCli.run(loader, cliArgs);
    trace.result(
        ran.status(),
        inArgumentOrder(paths.relativize(ran.stdout()), paths.files()),
        inArgumentOrder(paths.relativize(ran.stderr()), paths.files()));
    return ran.status();
  }

  /**
   * The jar the wrapper would have downloaded: {@code -jar-with-dependencies} before ktfmt 0.55,
   * {@code -with-dependencies} since (v2.14.0 knew only the first name and fails on newer versions:
   * {@link LanguageFormatters} leaves that to the Python hook).
   */
  private static String ktfmtJarName(String version) {
    return "ktfmt-"
        + version
        + (Versions.compare(version, "0.55") < 0
            ? "-jar-with-dependencies.jar"
            : "-with-dependencies.jar");
  }

  private static int ktlint(
      CheckContext context,
      ArgumentParser.Parsed parsed,
      List<String> filenames,
      boolean autofix,
      WrapperTrace trace,
      StringBuilder out)
      throws IOException {
    Optional<String> jar = parsed.value("ktlint_jar");
    String version = parsed.value("ktlint_version").orElseThrow();
    String jarPath =
        jar.orElseGet(
            () ->
                PrettyFormatJava.wrapperCache(context.environment())
                    .resolve("ktlint" + version + ".jar")
                    .toString());
    List<String> launch;
    try {
      launch = launcher(context, jar, version);
    } catch (RuntimeException | IOException e) {
      trace.command(ktlintArgv(jarPath, checkArgs(filenames)));
      trace.result(1, "", "Error: cannot resolve ktlint " + version + ": " + e.getMessage() + "\n");
      return 1;
    }
    ProcessRunner runner = ProcessRunner.separate(context.environment());
    List<String> check = checkArgs(filenames);
    trace.command(ktlintArgv(jarPath, check));
    ProcessResult checked = runner.run(concat(launch, check), context.root());
    String stdout = checked.outputText();
    trace.result(checked.exitCode(), stdout, checked.errorText());
    Set<String> unformatted = new TreeSet<>();
    if (checked.exitCode() != 0) {
      try {
        for (JsonNode item : new ObjectMapper().readTree(stdout)) {
          unformatted.add(item.get("file").asText());
        }
      } catch (IOException | RuntimeException e) {
        out.append("pretty-format-kotlin: ktlint's report is not JSON: ")
            .append(e.getMessage().lines().findFirst().orElse(""))
            .append('\n');
        return 1;
      }
      if (autofix) {
        StringJoiner set = new StringJoiner(", ", "{", "}");
        unformatted.forEach(f -> set.add(PythonRepr.string(f)));
        out.append("Running ktlint format on ")
            .append(unformatted.isEmpty() ? "set()" : set.toString())
            .append('\n');
        List<String> format =
            new ArrayList<>(List.of("--log-level", "none", "--relative", "--format", "--"));
        unformatted.forEach(f -> format.add(f.replace('\\', '/')));
        trace.command(ktlintArgv(jarPath, format));
        ProcessResult formatted = runner.run(concat(launch, format), context.root());
        trace.result(formatted.exitCode(), formatted.outputText(), formatted.errorText());
      }
    }
    if (unformatted.isEmpty()) {
      return 0;
    }
    out.append(
            autofix
                ? "The following files have been fixed by ktlint"
                : "The following files are not properly formatted")
        .append(": ")
        .append(String.join(", ", unformatted))
        .append('\n');
    return 1;
  }

  private static List<String> checkArgs(List<String> filenames) {
    List<String> args =
        new ArrayList<>(List.of("--log-level", "none", "--reporter=json", "--relative", "--"));
    filenames.forEach(f -> args.add(f.replace('\\', '/')));
    return args;
  }

  /** The command line the wrapper logs: {@code java --add-opens ... -jar <jar> <args>}. */
  private static List<String> ktlintArgv(String jarPath, List<String> args) {
    List<String> argv = new ArrayList<>(List.of("java"));
    argv.addAll(ADD_OPENS);
    argv.addAll(List.of("-jar", jarPath));
    argv.addAll(args);
    return argv;
  }

  /** The command that starts ktlint: this JDK's {@code java} over the jar or the resolved jars. */
  private static List<String> launcher(CheckContext context, Optional<String> jar, String version)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(ADD_OPENS);
    if (jar.isPresent()) {
      command.addAll(List.of("-jar", context.root().resolve(jar.get()).toString()));
      return command;
    }
    List<Path> classpath =
        JvmArtifacts.classpath(
            List.of("com.pinterest.ktlint:ktlint-cli:" + version),
            CacheDir.resolve(context.environment()),
            context.environment());
    StringJoiner joined = new StringJoiner(java.io.File.pathSeparator);
    classpath.forEach(p -> joined.add(p.toString()));
    command.addAll(List.of("-cp", joined.toString(), KTLINT_MAIN));
    return command;
  }

  /**
   * {@code text}'s lines regrouped in the order of {@code files}: a line that names one of them
   * ({@code Bad.kt}, {@code Done formatting Bad.kt}, {@code Bad.kt:3:5: error ...}) starts a group
   * that takes the lines after it; lines before the first such line stay first.
   */
  static String inArgumentOrder(String text, List<String> files) {
    List<List<String>> groups = new ArrayList<>();
    List<Integer> keys = new ArrayList<>();
    List<String> lead = new ArrayList<>();
    for (String line : text.split("(?<=\n)")) {
      int file = fileOf(line, files);
      if (file >= 0) {
        groups.add(new ArrayList<>(List.of(line)));
        keys.add(file);
      } else if (groups.isEmpty()) {
        lead.add(line);
      } else {
        groups.get(groups.size() - 1).add(line);
      }
    }
    StringBuilder sorted = new StringBuilder(String.join("", lead));
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> Integer.compare(keys.get(a), keys.get(b)));
    order.forEach(i -> groups.get(i).forEach(sorted::append));
    return sorted.toString();
  }

  private static int fileOf(String line, List<String> files) {
    String text = line.strip();
    if (text.startsWith("Done formatting ")) {
      text = text.substring("Done formatting ".length());
    }
    for (int i = 0; i < files.size(); i++) {
      String file = files.get(i);
      if (text.equals(file) || text.startsWith(file + ":")) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static CheckResult result(int exitCode, StringBuilder out) {
    return new CheckResult(exitCode, out.toString().getBytes(StandardCharsets.UTF_8), Set.of());
  }
}
