package dev.precommit.hooks.builtin;

import com.google.googlejavaformat.FormatterDiagnostic;
import com.google.googlejavaformat.java.Formatter;
import com.google.googlejavaformat.java.FormatterException;
import com.google.googlejavaformat.java.ImportOrderer;
import com.google.googlejavaformat.java.JavaFormatterOptions;
import com.google.googlejavaformat.java.RemoveUnusedImports;
import com.google.googlejavaformat.java.StringWrapper;
import dev.precommit.config.Stage;
import dev.precommit.hooks.Check;
import dev.precommit.hooks.CheckAbortedException;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckInfo;
import dev.precommit.hooks.CheckResult;
import dev.precommit.hooks.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code google-java-format}: formats Java files with google-java-format inside the engine's JVM.
 * One launch of the gjf CLI costs seconds of start-up and a launch per batch multiplies that; here
 * the formatter is already loaded and files are spread over the check's threads (a {@link
 * Formatter} per file: it holds no shared mutable state, as the CLI's own thread pool relies on).
 *
 * <p>Each file goes through the CLI's steps in the CLI's order: {@link Formatter#formatSource},
 * {@link RemoveUnusedImports}, {@link ImportOrderer}, then {@link StringWrapper}, so the bytes
 * written are exactly those of {@code google-java-format --replace}.
 *
 * <p>Output, decided here because the CLI prints nothing with {@code --replace}:
 *
 * <ul>
 *   <li>fix mode (default): rewrites files that change and prints {@code Formatted <file>} for
 *       each, exit 1 (as pre-commit-hooks' fixers print {@code Fixing <file>}); the engine also
 *       marks the hook as having modified files.
 *   <li>{@code --check} (also spelled {@code --dry-run}/{@code -n}, as the CLI's {@code --dry-run
 *       --set-exit-if-changed}): writes nothing, prints the path of each file that needs formatting
 *       on its own line as the CLI's {@code --dry-run} does, exit 1.
 *   <li>a file whose name does not end in {@code .java}: {@code Skipping non-Java file: <file>}, as
 *       the CLI says; it does not fail the hook.
 *   <li>a file that does not parse: the CLI's diagnostic, {@code <file>:<line>:<col>: error:
 *       <message>} followed by the source line and a caret, exit 1; other files are still
 *       formatted.
 * </ul>
 *
 * <p>Options, with the CLI's names: {@code --aosp} (4-space indent), {@code
 * --skip-sorting-imports}, {@code --skip-removing-unused-imports}, {@code
 * --skip-reflowing-long-strings}, {@code --skip-javadoc-formatting}; {@code --replace}/{@code -i}
 * and {@code --set-exit-if-changed} are accepted and change nothing, so args copied from a gjf CLI
 * hook keep working. Single-dash spellings ({@code -aosp}) work as in the CLI.
 */
public final class GoogleJavaFormatCheck implements Check {
  private static final CheckInfo INFO =
      new CheckInfo(
          "google-java-format",
          "google-java-format",
          "formats Java source with google-java-format.",
          "",
          "^$",
          List.of("java"),
          List.of(),
          List.of(),
          List.of(Stage.values()),
          true,
          false,
          false,
          true);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  /** The options this check takes. */
  record Options(
      boolean check,
      boolean aosp,
      boolean sortImports,
      boolean removeUnusedImports,
      boolean reflowLongStrings,
      boolean formatJavadoc) {

    static Options parse(List<String> args) throws CheckAbortedException {
      boolean check = false;
      boolean aosp = false;
      boolean sortImports = true;
      boolean removeUnused = true;
      boolean reflow = true;
      boolean javadoc = true;
      for (String arg : args) {
        String name =
            arg.startsWith("--") ? arg.substring(2) : arg.startsWith("-") ? arg.substring(1) : arg;
        switch (name) {
          case "check", "dry-run", "n" -> check = true;
          case "aosp", "a" -> aosp = true;
          case "skip-sorting-imports" -> sortImports = false;
          case "skip-removing-unused-imports" -> removeUnused = false;
          case "skip-reflowing-long-strings" -> reflow = false;
          case "skip-javadoc-formatting" -> javadoc = false;
          case "replace", "i", "r", "set-exit-if-changed" -> {
            // The defaults already: rewrite files, exit 1 when something changed.
          }
          default ->
              throw new CheckAbortedException(
                  2,
                  "google-java-format: unknown option: "
                      + arg
                      + " (known: --check, --aosp, --skip-sorting-imports,"
                      + " --skip-removing-unused-imports, --skip-reflowing-long-strings,"
                      + " --skip-javadoc-formatting)\n");
        }
      }
      return new Options(check, aosp, sortImports, removeUnused, reflow, javadoc);
    }

    JavaFormatterOptions formatterOptions() {
      return JavaFormatterOptions.builder()
          .style(aosp ? JavaFormatterOptions.Style.AOSP : JavaFormatterOptions.Style.GOOGLE)
          .formatJavadoc(formatJavadoc)
          .build();
    }
  }

  /** One file's outcome: formatted text, or the CLI's diagnostic text. */
  private record Outcome(
      String file, String input, String output, String error, List<Finding> problems) {
    boolean changed() {
      return output != null && !output.equals(input);
    }
  }

  @Override
  public CheckResult run(CheckContext context, List<String> files, List<String> args)
      throws IOException {
    Options options;
    try {
      options = Options.parse(args);
    } catch (CheckAbortedException e) {
      return e.toResult();
    }
    JavaFormatterOptions formatterOptions = options.formatterOptions();
    StringBuilder out = new StringBuilder();
    List<String> javaFiles = new ArrayList<>();
    for (String file : files) {
      if (file.endsWith(".java")) {
        javaFiles.add(file);
      } else {
        out.append("Skipping non-Java file: ").append(file).append('\n');
      }
    }
    List<Outcome> outcomes;
    try {
      outcomes =
          ParallelFiles.map(
              context.jobs(),
              javaFiles,
              2,
              file -> format(file, context.root().resolve(file), options, formatterOptions));
    } catch (IllegalAccessError e) {
      String message =
          "google-java-format cannot reach javac's internals: start the JVM with gjf's"
              + " --add-exports flags (the precommit launcher passes them)\n";
      return new CheckResult(1, message.getBytes(StandardCharsets.UTF_8), Set.of());
    }
    Set<String> modified = new LinkedHashSet<>();
    boolean failed = false;
    List<Finding> findings = new ArrayList<>();
    for (Outcome outcome : outcomes) {
      if (outcome.error() != null) {
        out.append(outcome.error());
        findings.addAll(outcome.problems());
        failed = true;
      } else if (outcome.changed()) {
        failed = true;
        if (options.check()) {
          out.append(outcome.file()).append('\n');
          findings.add(new Finding(outcome.file(), 0, outcome.file()));
        } else {
          byte[] formatted = outcome.output().getBytes(StandardCharsets.UTF_8);
          Files.write(context.root().resolve(outcome.file()), formatted);
          modified.add(outcome.file());
          if (context.fixes().wants(outcome.file())) {
            context
                .fixes()
                .written(
                    outcome.file(),
                    outcome.input().getBytes(StandardCharsets.UTF_8),
                    formatted,
                    bytes -> formatOrNull(bytes, options, formatterOptions));
          }
          out.append("Formatted ").append(outcome.file()).append('\n');
          findings.add(new Finding(outcome.file(), 0, "Formatted " + outcome.file()));
        }
      }
    }
    return new CheckResult(
        failed ? 1 : 0, out.toString().getBytes(StandardCharsets.UTF_8), modified, findings);
  }

  private static Outcome format(
      String file, Path path, Options options, JavaFormatterOptions formatterOptions)
      throws IOException {
    String input = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
    try {
      return new Outcome(file, input, format(input, options, formatterOptions), null, List.of());
    } catch (FormatterException e) {
      List<Finding> problems = new ArrayList<>();
      for (FormatterDiagnostic diagnostic : e.diagnostics()) {
        problems.add(new Finding(file, Math.max(0, diagnostic.line()), file + ":" + diagnostic));
      }
      return new Outcome(file, input, null, e.formatDiagnostics(file, input), problems);
    }
  }

  /** The fix mode's result for a file's bytes, or null when they do not parse. */
  private static byte[] formatOrNull(
      byte[] content, Options options, JavaFormatterOptions formatterOptions) {
    try {
      String input = new String(content, StandardCharsets.UTF_8);
      return format(input, options, formatterOptions).getBytes(StandardCharsets.UTF_8);
    } catch (FormatterException | RuntimeException e) {
      return null;
    }
  }

  /** The CLI's pipeline for one source text. */
  static String format(String input, Options options, JavaFormatterOptions formatterOptions)
      throws FormatterException {
    Formatter formatter = new Formatter(formatterOptions);
    String text = formatter.formatSource(input);
    if (options.removeUnusedImports()) {
      text = RemoveUnusedImports.removeUnusedImports(text);
    }
    if (options.sortImports()) {
      text = ImportOrderer.reorderImports(text, formatterOptions.style());
    }
    if (options.reflowLongStrings()) {
      text = StringWrapper.wrap(text, formatter);
    }
    return text;
  }
}
