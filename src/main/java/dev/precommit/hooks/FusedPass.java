package dev.precommit.hooks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * Runs several content checks over their files with one read and at most one write per file, files
 * spread over {@code context.jobs()} threads. Step k sees the bytes step k-1 left, exactly as if
 * the hooks had run one after another, and each step's output is its per-file messages in the order
 * of its own file list, as the Python script would print them.
 *
 * <p>A step whose script would crash on a file (a {@link FileVerdict#halt() halting} verdict) says
 * nothing about the files after it in that batch, as the script never gets to them. When such a
 * step is a fixer, it leaves those files alone too: the files it sees are held in memory until
 * every step's verdicts are final, then written.
 */
public final class FusedPass {

  /**
   * One hook: the check, its arguments and its filtered files in the order the script gets them,
   * split into the batches (xargs partitions) the script would be run with. Each batch prints its
   * own header and trailer and may halt on its own, as separate script invocations do.
   */
  public record Step(ContentCheck check, List<String> args, List<List<String>> batches) {
    public Step {
      args = List.copyOf(args);
      batches = batches.stream().map(List::copyOf).toList();
      if (batches.isEmpty()) {
        batches = List.of(List.of());
      }
    }

    /** One invocation with all of {@code files}. */
    public static Step of(ContentCheck check, List<String> args, List<String> files) {
      return new Step(check, args, List.of(files));
    }

    /** Every file of every batch, in order. */
    public List<String> files() {
      return batches.stream().flatMap(List::stream).toList();
    }
  }

  /** Where a file sits in a step: which batch, and its index in that batch. */
  private record Position(int batch, int index) {}

  /** How the pass reads and writes files (tests count reads through it). */
  /** Files below this size are read in one call (see {@link FileStore#disk()}). */
  private static final long SMALL_FILE = 1 << 20;

  public interface FileStore {
    byte[] read(Path file) throws IOException;

    /** Replaces the content of an existing file, keeping its mode. */
    void write(Path file, byte[] content) throws IOException;

    /** The file system. */
    static FileStore disk() {
      return new FileStore() {
        /**
         * The whole file. {@link RandomAccessFile} reads a file of known length with less machinery
         * than {@link Files#readAllBytes} (~30 ms less over 10,000 small files); a file that
         * changes length meanwhile is read again the general way.
         */
        @Override
        public byte[] read(Path file) throws IOException {
          try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            if (length > 0 && length < SMALL_FILE) {
              // One read asking for a byte more than the length: getting exactly the length
              // means the whole file was read, without another call to find its end.
              byte[] buffer = new byte[(int) length + 1];
              int read = in.read(buffer, 0, buffer.length);
              if (read == length) {
                return Arrays.copyOf(buffer, read);
              }
            }
          }
          return Files.readAllBytes(file);
        }

        /**
         * Overwrites in place, then cuts off what is left of the old content: opening with {@code
         * O_TRUNC} instead makes ext4 flush each file on close (its replace-by-truncate guard),
         * which cost ~90 ms over the corpus's 1,863 fixes.
         */
        @Override
        public void write(Path file, byte[] content) throws IOException {
          try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
              channel.write(buffer);
            }
            channel.truncate(content.length);
          }
        }
      };
    }
  }

  private final CheckContext context;
  private final List<Step> steps;
  private final FileStore store;
  private final FileCheck[] prepared;
  private final CheckResult[] aborted;

  /** Per step, true when it can halt and rewrite files: its files are replayed after a halt. */
  private final boolean[] replays;

  /**
   * Per step, where its files stand; null until a halt is being settled (only then needed), and for
   * a step that cannot halt.
   */
  private final List<Map<String, Position>> positions = new ArrayList<>();

  /** Set when some verdict halted: only then are batches cut short. */
  private volatile boolean halted;

  private final int[][] haltAt;

  private FusedPass(CheckContext context, List<Step> steps, FileStore store) {
    this.context = context;
    this.steps = List.copyOf(steps);
    this.store = store;
    this.prepared = new FileCheck[steps.size()];
    this.aborted = new CheckResult[steps.size()];
    this.replays = new boolean[steps.size()];
    this.haltAt = new int[steps.size()][];
    for (int i = 0; i < steps.size(); i++) {
      haltAt[i] = new int[steps.get(i).batches().size()];
      Arrays.fill(haltAt[i], Integer.MAX_VALUE);
    }
  }

  /** Runs {@code steps} over the files on disk; one result per step, in step order. */
  public static List<CheckResult> run(CheckContext context, List<Step> steps) throws IOException {
    return run(context, steps, FileStore.disk());
  }

  /** As {@link #run(CheckContext, List)}, reading and writing through {@code store}. */
  public static List<CheckResult> run(CheckContext context, List<Step> steps, FileStore store)
      throws IOException {
    return new FusedPass(context, steps, store).execute();
  }

  /** One distinct file and what each step that sees it said. */
  private final class Job {
    final String path;
    final int[] stepIndexes;
    final FileVerdict[] verdicts;
    final boolean[] changed;
    final boolean deferred;
    boolean unreadable;
    byte[][] inputs;
    byte[] original;
    byte[] result;
    String writeError;

    Job(String path, int[] stepIndexes, boolean deferred) {
      this.path = path;
      this.stepIndexes = stepIndexes;
      this.verdicts = new FileVerdict[stepIndexes.length];
      this.changed = new boolean[stepIndexes.length];
      this.deferred = deferred;
    }

    /** The position of the last step that changed the content, or -1. */
    int lastChange() {
      for (int i = changed.length - 1; i >= 0; i--) {
        if (changed[i]) {
          return i;
        }
      }
      return -1;
    }

    int positionOf(int step) {
      for (int i = 0; i < stepIndexes.length; i++) {
        if (stepIndexes[i] == step) {
          return i;
        }
      }
      return -1;
    }

    void load() {
      try {
        original = store.read(resolve(path));
      } catch (IOException | UncheckedIOException e) {
        byte[] message =
            (path + ": could not read the file (" + e.getMessage() + ")\n")
                .getBytes(StandardCharsets.UTF_8);
        Arrays.fill(verdicts, FileVerdict.fail(message));
        original = null;
        unreadable = true;
      }
      if (deferred) {
        inputs = new byte[stepIndexes.length][];
      }
    }

    /** Applies the active steps from position {@code from} on, starting with {@code content}. */
    void apply(int from, byte[] content) {
      for (int pos = from; pos < stepIndexes.length; pos++) {
        int step = stepIndexes[pos];
        if (deferred) {
          inputs[pos] = content;
        }
        changed[pos] = false;
        Map<String, Position> stepPositions = positions.get(step);
        if (stepPositions != null) { // only a step that can halt has them
          Position at = stepPositions.get(path);
          if (at.index() > haltAt[step][at.batch()]) {
            verdicts[pos] = null;
            continue;
          }
        }
        FileVerdict verdict;
        try {
          verdict = prepared[step].check(path, content);
        } catch (RuntimeException e) {
          verdict = FileVerdict.fail(path + ": " + e + "\n");
        }
        verdicts[pos] = verdict;
        if (verdict.halt()) {
          halted = true;
        }
        if (verdict.newContent() != null && !Arrays.equals(verdict.newContent(), content)) {
          content = verdict.newContent();
          changed[pos] = true;
        }
      }
      result = content;
    }

    void writeIfChanged() {
      if (original != null && !Arrays.equals(original, result)) {
        boolean written = false;
        try {
          store.write(resolve(path), result);
          written = true;
        } catch (IOException | UncheckedIOException e) {
          writeError = path + ": could not write the file (" + e.getMessage() + ")\n";
        }
        if (written && context.fixes().wants(path)) {
          context.fixes().written(path, original, result, fix());
        }
      }
      if (!deferred) {
        original = null;
        result = null;
      }
    }

    /**
     * The fix this pass made to the file, as a function: the steps that changed it, in order, each
     * applied as {@link #apply} does. Null when one of them leaves a problem in the content unfixed
     * (a halting or failing verdict without new content) or throws.
     */
    UnaryOperator<byte[]> fix() {
      List<FileCheck> fixers = new ArrayList<>();
      for (int pos = 0; pos < stepIndexes.length; pos++) {
        if (changed[pos]) {
          fixers.add(prepared[stepIndexes[pos]]);
        }
      }
      String file = path;
      return content -> {
        for (FileCheck fixer : fixers) {
          FileVerdict verdict;
          try {
            verdict = fixer.check(file, content);
          } catch (RuntimeException e) {
            return null;
          }
          if (verdict.newContent() != null) {
            content = verdict.newContent();
          } else if (verdict.failed() || verdict.halt()) {
            return null;
          }
        }
        return content;
      };
    }
  }

  private Path resolve(String path) {
    return context.root() == null ? Path.of(path) : context.root().resolve(path);
  }

  /** Where each of a step's files stands: its batch and place there (first one if repeated). */
  private static Map<String, Position> positionsOf(Step step) {
    Map<String, Position> index = new HashMap<>();
    for (int b = 0; b < step.batches().size(); b++) {
      List<String> batch = step.batches().get(b);
      for (int j = 0; j < batch.size(); j++) {
        index.putIfAbsent(batch.get(j), new Position(b, j));
      }
    }
    return index;
  }

  private List<CheckResult> execute() throws IOException {
    List<Integer> active = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      positions.add(null);
      try {
        prepared[i] = step.check().prepare(step.args(), context);
        active.add(i);
        replays[i] = prepared[i].canHalt() && step.check().info().fixer();
      } catch (CheckAbortedException e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int b = 0; b < step.batches().size(); b++) {
          out.writeBytes(e.output());
        }
        aborted[i] = new CheckResult(e.exitCode(), out.toByteArray(), Set.of());
      }
    }
    Map<String, List<Integer>> stepsByFile = new LinkedHashMap<>();
    Set<String> deferredFiles = new LinkedHashSet<>();
    for (int i : active) {
      for (String file : steps.get(i).files()) {
        List<Integer> list = stepsByFile.computeIfAbsent(file, f -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != i) {
          list.add(i);
        }
      }
      if (replays[i]) {
        deferredFiles.addAll(steps.get(i).files());
      }
    }
    List<Job> jobs = new ArrayList<>(stepsByFile.size());
    for (Map.Entry<String, List<Integer>> e : stepsByFile.entrySet()) {
      List<Integer> stepList = e.getValue();
      int[] indexes = new int[stepList.size()];
      for (int k = 0; k < indexes.length; k++) {
        indexes[k] = stepList.get(k);
      }
      jobs.add(new Job(e.getKey(), indexes, deferredFiles.contains(e.getKey())));
    }

    parallel(
        jobs,
        job -> {
          job.load();
          if (job.original != null) {
            job.apply(0, job.original);
            if (!job.deferred) {
              job.writeIfChanged();
            }
          }
        });

    if (halted) {
      settleHalts(jobs);
    }
    if (!deferredFiles.isEmpty()) {
      List<Job> deferred = jobs.stream().filter(j -> j.deferred).toList();
      parallel(deferred, Job::writeIfChanged);
    }
    return results(jobs);
  }

  /**
   * Finds, step by step, the file where a halting step stops, and (for a fixer) replays the files
   * after it without that step. Step k's halt point depends only on steps before it, so one sweep
   * settles all. A step that cannot change files needs no replay: what it said about the files
   * after its halt is simply not printed.
   */
  private void settleHalts(List<Job> jobs) {
    Map<String, Job> byPath = new HashMap<>();
    for (Job job : jobs) {
      byPath.put(job.path, job);
    }
    for (int step = 0; step < steps.size(); step++) {
      if (prepared[step] == null || !prepared[step].canHalt()) {
        continue;
      }
      positions.set(step, positionsOf(steps.get(step)));
      for (int b = 0; b < steps.get(step).batches().size(); b++) {
        List<String> files = steps.get(step).batches().get(b);
        int halt = -1;
        for (int i = 0; i < files.size() && halt < 0; i++) {
          Job job = byPath.get(files.get(i));
          FileVerdict v = job.unreadable ? null : job.verdicts[job.positionOf(step)];
          if (v != null && v.halt() && positions.get(step).get(files.get(i)).batch() == b) {
            halt = i;
          }
        }
        if (halt < 0) {
          continue;
        }
        haltAt[step][b] = halt;
        for (int i = halt + 1; replays[step] && i < files.size(); i++) {
          Job job = byPath.get(files.get(i));
          if (job.unreadable) {
            continue;
          }
          int pos = job.positionOf(step);
          job.apply(pos, job.inputs[pos]);
        }
      }
    }
  }

  private List<CheckResult> results(List<Job> jobs) {
    Map<String, Job> byPath = new HashMap<>();
    for (Job job : jobs) {
      byPath.put(job.path, job);
    }
    List<CheckResult> results = new ArrayList<>();
    for (int step = 0; step < steps.size(); step++) {
      if (aborted[step] != null) {
        results.add(aborted[step]);
        continue;
      }
      FileCheck check = prepared[step];
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int exitCode = 0;
      Set<String> modified = new LinkedHashSet<>();
      List<Finding> findings = new ArrayList<>();
      Set<String> seen = new java.util.HashSet<>();
      List<List<String>> batches = steps.get(step).batches();
      for (int b = 0; b < batches.size(); b++) {
        CheckAbortedException noFiles = batches.get(b).isEmpty() ? check.noFilesError() : null;
        if (noFiles != null) {
          out.writeBytes(noFiles.output());
          exitCode = Math.max(exitCode, noFiles.exitCode());
          continue;
        }
        out.writeBytes(check.header());
        boolean anyFailed = false;
        List<String> files = batches.get(b);
        for (int i = 0; i < files.size() && i <= haltAt[step][b]; i++) {
          String file = files.get(i);
          if (!seen.add(file)) {
            continue;
          }
          Job job = byPath.get(file);
          int pos = job.positionOf(step);
          FileVerdict verdict = job.verdicts[pos];
          if (verdict == null) {
            continue;
          }
          out.writeBytes(verdict.message());
          anyFailed |= verdict.failed();
          if (verdict.failed()) {
            findings.add(
                new Finding(
                    file, 0, new String(verdict.message(), StandardCharsets.UTF_8).strip()));
          }
          if (job.changed[pos]) {
            modified.add(file);
            if (job.writeError != null && pos == job.lastChange()) {
              out.writeBytes(job.writeError.getBytes(StandardCharsets.UTF_8));
              findings.add(new Finding(file, 0, job.writeError.strip()));
            }
          }
        }
        out.writeBytes(check.trailer(anyFailed));
        exitCode = Math.max(exitCode, anyFailed ? 1 : 0);
      }
      results.add(new CheckResult(exitCode, out.toByteArray(), modified, findings));
    }
    return results;
  }

  @FunctionalInterface
  private interface JobAction {
    void accept(Job job) throws IOException;
  }

  private void parallel(List<Job> jobs, JobAction action) throws IOException {
    int threads = Math.max(1, Math.min(context.jobs(), jobs.size()));
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable worker =
        () -> {
          int i;
          while (failure.get() == null && (i = next.getAndIncrement()) < jobs.size()) {
            try {
              action.accept(jobs.get(i));
            } catch (IOException | RuntimeException | Error e) {
              failure.compareAndSet(null, e);
            }
          }
        };
    if (threads == 1) {
      worker.run();
    } else {
      List<Thread> pool = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Thread thread = new Thread(worker, "precommit-fused-" + t);
        thread.setDaemon(true);
        pool.add(thread);
        thread.start();
      }
      for (Thread thread : pool) {
        try {
          thread.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", e);
        }
      }
    }
    Throwable t = failure.get();
    if (t instanceof IOException e) {
      throw e;
    } else if (t instanceof RuntimeException e) {
      throw e;
    } else if (t instanceof Error e) {
      throw e;
    }
  }
}
