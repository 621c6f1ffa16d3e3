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
import dev.precommit.process.RunningHooks;
import dev.precommit.process.Xargs;
import dev.precommit.repo.Hook;
import dev.precommit.select.FileOrder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;

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

  /** The latest {@code git diff} snapshot, or null when none is known. */
  private byte[] knownDiff;

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
   * Tells the runner that the working tree matches the index (nothing unstaged), so the snapshot
   * before the first external hook is known to be empty and no {@code git diff} is taken for it.
   */
  public void assumeCleanWorkTree() {
    knownDiff = new byte[0];
  }

  /**
   * Runs {@code hooks} over the files {@code filesFor} gives each, and returns every result in
   * order (hooks after a fail-fast failure are left out). A hook's position in the config is its
   * index in {@code hooks}.
   */
  public List<HookResult> run(
      List<Hook> hooks,
      Function<Hook, List<String>> filesFor,
      Set<String> skips,
      boolean verbose,
      boolean failFast)
      throws IOException {
    Map<Hook, Integer> index = new IdentityHashMap<>();
    for (int i = 0; i < hooks.size(); i++) {
      index.put(hooks.get(i), i);
    }
    return run(hooks, filesFor, skips, verbose, failFast, index::get);
  }

  /**
   * As above, in {@link PrioritySchedule priority} order: hooks that share a priority run at the
   * same time, their output printed in config order once they are done.
   *
   * @param position a hook's position among all hooks of the config file, for hooks without a
   *     {@code priority}
   */
  public List<HookResult> run(
      List<Hook> hooks,
      Function<Hook, List<String>> filesFor,
      Set<String> skips,
      boolean verbose,
      boolean failFast,
      ToIntFunction<Hook> position)
      throws IOException {
    Pass pass =
        new Pass(
            StatusLine.forNames(hooks.stream().map(h -> h.config().name()).toList()),
            skips,
            verbose,
            failFast,
            new ArrayList<>());
    if (!PrioritySchedule.anyDeclared(hooks)) {
      runSerially(hooks, hooks.stream().map(filesFor).toList(), pass);
      return pass.results();
    }
    List<Integer> serial = new ArrayList<>();
    for (List<Integer> group : PrioritySchedule.groups(hooks, position)) {
      if (group.size() == 1) {
        serial.add(group.get(0));
        continue;
      }
      if (runSerially(pick(hooks, serial), pick(hooks, serial, filesFor), pass)) {
        return pass.results();
      }
      serial.clear();
      if (runTogether(pick(hooks, group), pick(hooks, group, filesFor), pass)) {
        return pass.results();
      }
    }
    runSerially(pick(hooks, serial), pick(hooks, serial, filesFor), pass);
    return pass.results();
  }

  /** What every part of one run shares: the status line layout, options and results so far. */
  private record Pass(
      StatusLine line,
      Set<String> skips,
      boolean verbose,
      boolean failFast,
      List<HookResult> results) {

    boolean skipped(Hook hook) {
      return skips.contains(hook.id()) || skips.contains(hook.config().alias());
    }

    boolean stopsOnFailure(Hook hook) {
      return failFast || hook.config().failFast();
    }
  }

  private static List<Hook> pick(List<Hook> hooks, List<Integer> indices) {
    return indices.stream().map(hooks::get).toList();
  }

  private static List<List<String>> pick(
      List<Hook> hooks, List<Integer> indices, Function<Hook, List<String>> filesFor) {
    return indices.stream().map(i -> filesFor.apply(hooks.get(i))).toList();
  }

  /**
   * Runs hooks one after another, each status line started before the hook runs. Returns true when
   * a fail-fast failure stopped the run.
   */
  private boolean runSerially(List<Hook> hooks, List<List<String>> filesOf, Pass pass)
      throws IOException {
    StatusLine line = pass.line();
    Set<String> skips = pass.skips();
    boolean failFast = pass.failFast();
    Map<Integer, FusedResult> fused = new HashMap<>();
    byte[] priorDiff = knownDiff;
    knownDiff = null;
    for (int index = 0; index < hooks.size(); index++) {
      Hook hook = hooks.get(index);
      List<String> files = filesOf.get(index);
      if (!fused.containsKey(index) && fusable(hook, files, skips)) {
        int at = index;
        fused.putAll(
            RunningHooks.current()
                .inProcess(() -> runFused(hooks, filesOf, at, skips, failFast, true)));
      }
      HookResult result;
      String name = hook.config().name();
      listener.starting(hook);
      if (pass.skipped(hook)) {
        result = notRun(hook, HookResult.Status.SKIPPED, line);
      } else if (files.isEmpty() && !hook.config().alwaysRun()) {
        result = notRun(hook, HookResult.Status.NO_FILES, line);
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
          List<String> given = passed;
          CheckResult checked =
              precomputed != null
                  ? precomputed.result()
                  : RunningHooks.current().inProcess(() -> runBuiltin(check, hook, files, given));
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
        result = ran(hook, passed, exitCode, out, modified, seconds, findings);
        output.writeLine(statusWord(result));
      }
      printDetails(result, pass.verbose());
      listener.finished(result);
      pass.results().add(result);
      if (result.failed() && pass.stopsOnFailure(hook)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Runs a group of hooks that share a priority at the same time, at most {@code jobs} at once, and
   * then prints them in config order as a serial run would have. Built-in content checks of the
   * group share one pass over their files. Two parts of the group that could touch the same file
   * (their files overlap and one of them may write) run one after the other, in config order. The
   * whole group runs even when one of its hooks fails with fail-fast; the run stops after it.
   */
  private boolean runTogether(List<Hook> group, List<List<String>> filesOf, Pass pass)
      throws IOException {
    knownDiff = null;
    HookResult[] results = new HookResult[group.size()];
    List<Part> parts = plan(group, filesOf, pass, results);
    Map<Integer, Set<String>> rewritten = new ConcurrentHashMap<>();
    boolean writers =
        parts.stream().anyMatch(p -> !p.readOnly() && builtins.apply(group.get(p.first())) == null);
    WorkTreeState before = writers ? WorkTreeState.capture(git) : null;
    runParts(parts, part -> runPart(part, group, filesOf, results, rewritten));
    if (before != null) {
      Set<String> changed = WorkTreeState.capture(git).changedSince(before);
      rewritten.values().forEach(changed::removeAll);
      attributeChanges(changed, group, filesOf, results);
    }
    return print(group, results, pass);
  }

  /**
   * Splits a group into the parts that run: hooks that are skipped or have no files get their
   * result in {@code results} right away; the built-in content checks become one part, at the place
   * of the first of them; every other hook is a part of its own.
   */
  private List<Part> plan(
      List<Hook> group, List<List<String>> filesOf, Pass pass, HookResult[] results) {
    List<Part> parts = new ArrayList<>();
    List<Integer> fusedMembers = new ArrayList<>();
    int fusedSlot = -1;
    for (int k = 0; k < group.size(); k++) {
      Hook hook = group.get(k);
      List<String> files = filesOf.get(k);
      if (pass.skipped(hook)) {
        results[k] = notRunResult(hook, HookResult.Status.SKIPPED);
      } else if (files.isEmpty() && !hook.config().alwaysRun()) {
        results[k] = notRunResult(hook, HookResult.Status.NO_FILES);
      } else if (fusable(hook, files, pass.skips())) {
        if (fusedMembers.isEmpty()) {
          fusedSlot = parts.size();
          parts.add(null);
        }
        fusedMembers.add(k);
      } else {
        parts.add(new Part(List.of(k), Set.copyOf(files), readOnly(hook)));
      }
    }
    if (fusedSlot >= 0) {
      parts.set(fusedSlot, fusedPart(fusedMembers, group, filesOf));
    }
    return parts;
  }

  /**
   * Runs {@code parts} on at most {@code jobs} threads, each after every earlier part it conflicts
   * with, and waits for all of them.
   */
  private void runParts(List<Part> parts, Consumer<Part> task) throws IOException {
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.max(1, Math.min(hookContext.jobs(), parts.size())));
    try {
      List<CompletableFuture<Void>> running = new ArrayList<>();
      for (int p = 0; p < parts.size(); p++) {
        Part part = parts.get(p);
        List<CompletableFuture<Void>> after = new ArrayList<>();
        for (int q = 0; q < p; q++) {
          if (part.conflictsWith(parts.get(q))) {
            after.add(running.get(q));
          }
        }
        running.add(
            CompletableFuture.allOf(after.toArray(CompletableFuture[]::new))
                .thenRunAsync(() -> task.accept(part), pool));
      }
      CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
    } catch (CompletionException e) {
      throw unwrap(e);
    } finally {
      pool.shutdown();
    }
  }

  /** Prints a finished group in config order; true when a fail-fast failure stops the run. */
  private boolean print(List<Hook> group, HookResult[] results, Pass pass) throws IOException {
    boolean stop = false;
    for (int k = 0; k < group.size(); k++) {
      HookResult result = results[k];
      Hook hook = group.get(k);
      listener.starting(hook);
      if (result.status() == HookResult.Status.SKIPPED
          || result.status() == HookResult.Status.NO_FILES) {
        printNotRun(result, pass.line());
      } else {
        output.write(pass.line().start(hook.config().name()));
        output.writeLine(statusWord(result));
      }
      printDetails(result, pass.verbose());
      listener.finished(result);
      pass.results().add(result);
      stop |= result.failed() && pass.stopsOnFailure(hook);
    }
    return stop;
  }

  /**
   * A part of a group that runs as one task: one hook, or the group's built-in content checks in
   * one pass.
   *
   * @param members indices into the group, in config order
   * @param files every file its hooks were given
   * @param readOnly true when none of its hooks can change a file
   */
  private record Part(List<Integer> members, Set<String> files, boolean readOnly) {
    int first() {
      return members.get(0);
    }

    boolean conflictsWith(Part other) {
      if (readOnly && other.readOnly) {
        return false;
      }
      Set<String> smaller = files.size() <= other.files.size() ? files : other.files;
      Set<String> larger = smaller == files ? other.files : files;
      return smaller.stream().anyMatch(larger::contains);
    }
  }

  private Part fusedPart(List<Integer> members, List<Hook> group, List<List<String>> filesOf) {
    Set<String> files = new HashSet<>();
    boolean readOnly = true;
    for (int k : members) {
      files.addAll(filesOf.get(k));
      readOnly &= readOnly(group.get(k));
    }
    return new Part(List.copyOf(members), Set.copyOf(files), readOnly);
  }

  /** True when the hook cannot change files: a built-in that is not a fixer, pygrep, fail. */
  private boolean readOnly(Hook hook) {
    Check check = builtins.apply(hook);
    if (check != null) {
      return !check.info().fixer();
    }
    String language = hook.config().language();
    return language.equals("pygrep") || language.equals("fail");
  }

  private void runPart(
      Part part,
      List<Hook> group,
      List<List<String>> filesOf,
      HookResult[] results,
      Map<Integer, Set<String>> rewritten) {
    try {
      Hook first = group.get(part.first());
      Check check = builtins.apply(first);
      if (part.members().size() > 1 || check instanceof ContentCheck) {
        List<Hook> hooks = pick(group, part.members());
        List<List<String>> files = part.members().stream().map(filesOf::get).toList();
        Map<Integer, FusedResult> fused =
            RunningHooks.current()
                .inProcess(() -> runFused(hooks, files, 0, Set.of(), false, false));
        for (int m = 0; m < hooks.size(); m++) {
          FusedResult done = fused.get(m);
          rewritten.put(part.members().get(m), done.result().modifiedFiles());
          results[part.members().get(m)] =
              checked(
                  hooks.get(m), ordered(hooks.get(m), files.get(m)), done.result(), done.seconds());
        }
        return;
      }
      List<String> files = filesOf.get(part.first());
      long started = System.nanoTime();
      if (check != null) {
        List<String> passed = ordered(first, files);
        CheckResult checked =
            RunningHooks.current().inProcess(() -> runBuiltin(check, first, files, passed));
        rewritten.put(part.first(), checked.modifiedFiles());
        results[part.first()] =
            checked(first, passed, checked, (System.nanoTime() - started) / 1e9);
      } else {
        List<String> passed = first.config().passFilenames() ? files : List.of();
        ProcessResult ran = language(first).run(first, passed, hookContext);
        double seconds = (System.nanoTime() - started) / 1e9;
        results[part.first()] =
            ran(first, passed, ran.exitCode(), ran.output(), false, seconds, List.of());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Marks the external hooks of a group that changed {@code changed} (files built-ins rewrote left
   * out): a changed file goes to the hooks that were given it; one that no hook was given goes to
   * every external hook that may write, as pre-commit would blame whichever hook ran.
   */
  private void attributeChanges(
      Set<String> changed, List<Hook> group, List<List<String>> filesOf, HookResult[] results) {
    List<Integer> writers = new ArrayList<>();
    for (int k = 0; k < group.size(); k++) {
      HookResult result = results[k];
      if (result.status() == HookResult.Status.SKIPPED
          || result.status() == HookResult.Status.NO_FILES) {
        continue;
      }
      if (builtins.apply(group.get(k)) == null && !readOnly(group.get(k))) {
        writers.add(k);
      }
    }
    Set<String> claimed = new HashSet<>();
    for (int k : writers) {
      List<String> files = filesOf.get(k);
      claimed.addAll(files);
      if (files.stream().anyMatch(changed::contains)) {
        results[k] = modified(results[k]);
      }
    }
    boolean unclaimed = changed.stream().anyMatch(f -> !claimed.contains(f));
    if (unclaimed) {
      for (int k : writers) {
        results[k] = modified(results[k]);
      }
    }
  }

  private static HookResult modified(HookResult result) {
    return new HookResult(
        result.hook(),
        HookResult.Status.FAILED,
        result.files(),
        result.exitCode(),
        result.output(),
        true,
        result.durationSeconds(),
        result.findings());
  }

  private static RuntimeException unwrap(CompletionException e) throws IOException {
    Throwable cause = e.getCause();
    if (cause instanceof UncheckedIOException io) {
      throw io.getCause();
    }
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return e;
  }

  private HookResult notRun(Hook hook, HookResult.Status status, StatusLine line)
      throws IOException {
    HookResult result = notRunResult(hook, status);
    printNotRun(result, line);
    return result;
  }

  private static HookResult notRunResult(Hook hook, HookResult.Status status) {
    return new HookResult(hook, status, List.of(), 0, new byte[0], false, 0, List.of());
  }

  private void printNotRun(HookResult result, StatusLine line) throws IOException {
    String name = result.hook().config().name();
    if (result.status() == HookResult.Status.SKIPPED) {
      output.write(line.full(name, "", StatusLine.SKIPPED, Color.YELLOW, output.color()));
    } else {
      output.write(
          line.full(
              name, StatusLine.NO_FILES, StatusLine.SKIPPED, Color.TURQUOISE, output.color()));
    }
  }

  private static HookResult checked(
      Hook hook, List<String> passed, CheckResult checked, double seconds) {
    return ran(
        hook,
        passed,
        checked.exitCode(),
        checked.output(),
        !checked.modifiedFiles().isEmpty(),
        seconds,
        checked.findings());
  }

  private static HookResult ran(
      Hook hook,
      List<String> passed,
      int exitCode,
      byte[] out,
      boolean modified,
      double seconds,
      List<Finding> findings) {
    boolean failed = exitCode != 0 || modified;
    return new HookResult(
        hook,
        failed ? HookResult.Status.FAILED : HookResult.Status.PASSED,
        passed,
        exitCode,
        out,
        modified,
        Math.round(seconds * 100) / 100.0,
        findings);
  }

  private String statusWord(HookResult result) {
    return result.failed()
        ? Color.RED.apply(StatusLine.FAILED, output.color())
        : Color.GREEN.apply(StatusLine.PASSED, output.color());
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
      List<Hook> hooks,
      List<List<String>> filesOf,
      int first,
      Set<String> skips,
      boolean failFast,
      boolean endAtFailFast)
      throws IOException {
    List<Integer> members = new ArrayList<>();
    List<FusedPass.Step> steps = new ArrayList<>();
    Map<List<String>, List<String>> shuffled = new HashMap<>();
    for (int i = first; i < hooks.size(); i++) {
      Hook hook = hooks.get(i);
      if (!fusable(hook, filesOf.get(i), skips)) {
        break;
      }
      members.add(i);
      // The shuffle is seeded: hooks given the same files get them in the same order.
      List<String> files =
          hook.config().requireSerial()
              ? filesOf.get(i)
              : shuffled.computeIfAbsent(filesOf.get(i), FileOrder::shuffle);
      int jobs = hook.config().requireSerial() ? 1 : hookContext.jobs();
      steps.add(
          new FusedPass.Step(
              (ContentCheck) builtins.apply(hook),
              hook.config().args(),
              batches(hook, files, jobs)));
      if (endAtFailFast && (failFast || hook.config().failFast())) {
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

  /**
   * Runs a built-in that is not a content check over its {@code files} ({@code ordered}: as
   * pre-commit's xargs orders them), split as that xargs would split them for the script, so that
   * its output follows those invocations. A hook that takes no file names, or that pre-commit runs
   * without xargs, is one invocation.
   */
  private CheckResult runBuiltin(Check check, Hook hook, List<String> files, List<String> ordered)
      throws IOException {
    List<List<String>> batches;
    if (!check.viaXargs()) {
      batches = List.of(files);
    } else if (!hook.config().passFilenames()) {
      batches = List.of(ordered);
    } else {
      int jobs = hook.config().requireSerial() ? 1 : hookContext.jobs();
      batches = batches(hook, ordered, jobs);
    }
    return check.runBatches(checkContext, batches, hook.config().args());
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
