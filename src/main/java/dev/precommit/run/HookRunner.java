package dev.precommit.run;

import dev.precommit.cli.FatalException;
import dev.precommit.git.GitRepo;
import dev.precommit.hooks.Check;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckResult;
import dev.precommit.hooks.ContentCheck;
import dev.precommit.hooks.Finding;
import dev.precommit.hooks.FusedPass;
import dev.precommit.lang.HookContext;
import dev.precommit.lang.Language;
import dev.precommit.lang.Languages;
import dev.precommit.output.Color;
import dev.precommit.output.Output;
import dev.precommit.output.StatusLine;
import dev.precommit.process.ProcessResult;
import dev.precommit.process.Xargs;
import dev.precommit.repo.Hook;
import dev.precommit.select.FileOrder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs hooks one after another in config order and prints pre-commit's status lines: skips ({@code
 * SKIP}), hooks with no files, failures, files modified, fail-fast. External hooks are compared
 * against a {@code git diff} snapshot to see whether they changed files; built-in checks say so
 * themselves, so no snapshot is taken around them.
 */
public final class HookRunner {
  private final Output output;
  private final GitRepo git;
  private final Languages languages;
  private final Function<Hook, Check> builtins;
  private final HookContext hookContext;
  private final CheckContext checkContext;
  private final HookListener listener;

  public HookRunner(
      Output output,
      GitRepo git,
      Languages languages,
      Function<Hook, Check> builtins,
      HookContext hookContext,
      CheckContext checkContext) {
    this(output, git, languages, builtins, hookContext, checkContext, HookListener.NONE);
  }

  /** As above, telling {@code listener} when each hook starts and ends. */
  public HookRunner(
      Output output,
      GitRepo git,
      Languages languages,
      Function<Hook, Check> builtins,
      HookContext hookContext,
      CheckContext checkContext,
      HookListener listener) {
    this.listener = listener;
    this.output = output;
    this.git = git;
    this.languages = languages;
    this.builtins = builtins;
    this.hookContext = hookContext;
    this.checkContext = checkContext;
  }

  /**
   * Runs {@code hooks} over the files {@code filesFor} gives each, and returns every result in
   * order (hooks after a fail-fast failure are left out).
   */
  public List<HookResult> run(
      List<Hook> hooks,
      Function<Hook, List<String>> filesFor,
      Set<String> skips,
      boolean verbose,
      boolean failFast)
      throws IOException {
    StatusLine line = StatusLine.forNames(hooks.stream().map(h -> h.config().name()).toList());
    List<HookResult> results = new ArrayList<>();
    List<List<String>> filesOf = hooks.stream().map(filesFor).toList();
    Map<Integer, FusedResult> fused = new HashMap<>();
    byte[] priorDiff = null;
    for (int index = 0; index < hooks.size(); index++) {
      Hook hook = hooks.get(index);
      List<String> files = filesOf.get(index);
      if (!fused.containsKey(index) && fusable(hook, files, skips)) {
        fused.putAll(runFused(hooks, filesOf, index, skips, failFast));
      }
      HookResult result;
      String name = hook.config().name();
      listener.starting(hook);
      if (skips.contains(hook.id()) || skips.contains(hook.config().alias())) {
        output.write(line.full(name, "", StatusLine.SKIPPED, Color.YELLOW, output.color()));
        result =
            new HookResult(
                hook, HookResult.Status.SKIPPED, List.of(), 0, new byte[0], false, 0, List.of());
      } else if (files.isEmpty() && !hook.config().alwaysRun()) {
        output.write(
            line.full(
                name, StatusLine.NO_FILES, StatusLine.SKIPPED, Color.TURQUOISE, output.color()));
        result =
            new HookResult(
                hook, HookResult.Status.NO_FILES, List.of(), 0, new byte[0], false, 0, List.of());
      } else {
        output.write(line.start(name));
        List<String> passed = hook.config().passFilenames() ? files : List.of();
        long started = System.nanoTime();
        int exitCode;
        byte[] out;
        boolean modified;
        List<Finding> findings = List.of();
        Check check = builtins.apply(hook);
        FusedResult precomputed = fused.get(index);
        if (check != null) {
          // Built-ins always see their files: test runners and branch checks ignore or need them.
          passed = ordered(hook, files);
          CheckResult checked =
              precomputed != null
                  ? precomputed.result()
                  : check.run(checkContext, passed, hook.config().args());
          exitCode = checked.exitCode();
          out = checked.output();
          modified = !checked.modifiedFiles().isEmpty();
          findings = checked.findings();
          if (modified) {
            priorDiff = null;
          }
        } else {
          if (priorDiff == null) {
            priorDiff = git.diffSnapshot();
          }
          ProcessResult ran = language(hook).run(hook, passed, hookContext);
          exitCode = ran.exitCode();
          out = ran.output();
          byte[] after = git.diffSnapshot();
          modified = !Arrays.equals(priorDiff, after);
          priorDiff = after;
        }
        double seconds =
            precomputed != null ? precomputed.seconds() : (System.nanoTime() - started) / 1e9;
        double duration = Math.round(seconds * 100) / 100.0;
        boolean failed = exitCode != 0 || modified;
        output.writeLine(
            failed
                ? Color.RED.apply(StatusLine.FAILED, output.color())
                : Color.GREEN.apply(StatusLine.PASSED, output.color()));
        result =
            new HookResult(
                hook,
                failed ? HookResult.Status.FAILED : HookResult.Status.PASSED,
                passed,
                exitCode,
                out,
                modified,
                duration,
                findings);
      }
      printDetails(result, verbose);
      listener.finished(result);
      results.add(result);
      boolean stop = failFast || hook.config().failFast();
      if (result.failed() && stop) {
        break;
      }
    }
    return results;
  }

  /** A fused hook's result and its share of the group's time. */
  private record FusedResult(CheckResult result, double seconds) {}

  /** True for a built-in content check that will run: such hooks share one pass over files. */
  private boolean fusable(Hook hook, List<String> files, Set<String> skips) {
    boolean skipped = skips.contains(hook.id()) || skips.contains(hook.config().alias());
    boolean runs = !files.isEmpty() || hook.config().alwaysRun();
    return !skipped && runs && builtins.apply(hook) instanceof ContentCheck;
  }

  /**
   * Runs the consecutive content checks from {@code first} in one pass over their files: each file
   * is read once, every check applied in config order, written once. The group ends at a hook that
   * stops the run when it fails, so nothing runs after it that would not have.
   */
  private Map<Integer, FusedResult> runFused(
      List<Hook> hooks, List<List<String>> filesOf, int first, Set<String> skips, boolean failFast)
      throws IOException {
    List<Integer> members = new ArrayList<>();
    List<FusedPass.Step> steps = new ArrayList<>();
    for (int i = first; i < hooks.size(); i++) {
      Hook hook = hooks.get(i);
      if (!fusable(hook, filesOf.get(i), skips)) {
        break;
      }
      members.add(i);
      List<String> files = ordered(hook, filesOf.get(i));
      int jobs = hook.config().requireSerial() ? 1 : hookContext.jobs();
      steps.add(
          new FusedPass.Step(
              (ContentCheck) builtins.apply(hook),
              hook.config().args(),
              batches(hook, files, jobs)));
      if (failFast || hook.config().failFast()) {
        break;
      }
    }
    long started = System.nanoTime();
    List<CheckResult> checked = FusedPass.run(checkContext, steps);
    double share = (System.nanoTime() - started) / 1e9 / members.size();
    Map<Integer, FusedResult> results = new HashMap<>();
    for (int k = 0; k < members.size(); k++) {
      results.put(members.get(k), new FusedResult(checked.get(k), share));
    }
    return results;
  }

  /** The batches pre-commit's xargs would split {@code files} into, command left out. */
  private List<List<String>> batches(Hook hook, List<String> files, int jobs) throws IOException {
    long max = Xargs.maxLength(hookContext.environment());
    return Xargs.partition(List.of(hook.id()), files, jobs, max).stream()
        .map(batch -> batch.subList(1, batch.size()))
        .toList();
  }

  /** Files in the order pre-commit hands them to a hook: shuffled unless it runs serially. */
  private static List<String> ordered(Hook hook, List<String> files) {
    return hook.config().requireSerial() ? files : FileOrder.shuffle(files);
  }

  private Language language(Hook hook) {
    return languages
        .find(hook.config().language())
        .orElseThrow(
            () ->
                new FatalException(
                    "hook `"
                        + hook.id()
                        + "` uses language `"
                        + hook.config().language()
                        + "`, which precommit does not know"));
  }

  private void printDetails(HookResult result, boolean verbose) throws IOException {
    Hook hook = result.hook();
    boolean ran = result.status() == HookResult.Status.PASSED || result.failed();
    boolean showVerbose = verbose || hook.config().verbose();
    if (!showVerbose && result.exitCode() == 0 && !result.modified()) {
      return;
    }
    subtle("- hook id: " + hook.id());
    if (showVerbose && ran) {
      subtle("- duration: " + formatDuration(result.durationSeconds()) + "s");
    }
    if (result.exitCode() != 0) {
      subtle("- exit code: " + result.exitCode());
    }
    if (result.modified()) {
      subtle("- files were modified by this hook");
    }
    byte[] stripped = strip(result.output());
    if (stripped.length > 0) {
      output.writeLine("");
      output.writeBytes(stripped);
      output.writeLine("");
      output.writeLine("");
      if (!hook.config().logFile().isEmpty()) {
        byte[] logged = Arrays.copyOf(stripped, stripped.length + 1);
        logged[stripped.length] = '\n';
        Files.write(
            hookContext.root().resolve(hook.config().logFile()),
            logged,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      }
    }
  }

  private void subtle(String text) {
    output.writeLine(Color.SUBTLE.apply(text, output.color()));
  }

  /** Python's {@code round(x, 2) or 0}, printed as Python prints it: 0, 0.01, 1.5, 2.0. */
  static String formatDuration(double seconds) {
    return seconds == 0 ? "0" : Double.toString(seconds);
  }

  /** Python's {@code bytes.strip()}: ASCII whitespace off both ends. */
  static byte[] strip(byte[] bytes) {
    int start = 0;
    int end = bytes.length;
    while (start < end && isSpace(bytes[start])) {
      start++;
    }
    while (end > start && isSpace(bytes[end - 1])) {
      end--;
    }
    return Arrays.copyOfRange(bytes, start, end);
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0x0b || b == 0x0c;
  }
}
