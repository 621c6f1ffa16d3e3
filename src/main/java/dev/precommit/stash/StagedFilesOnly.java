package dev.precommit.stash;

import dev.precommit.git.GitRepo;
import dev.precommit.output.Output;
import dev.precommit.process.ProcessResult;
import dev.precommit.process.RunCancellation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

/**
 * Runs hooks on exactly what will be committed: while open, the working tree holds the index's
 * content; on close the user's unstaged changes come back, byte for byte. It composes pre-commit's
 * two scopes ({@link IntentToAddCleared} then {@link UnstagedChangesCleared}) and adds what
 * pre-commit lacks:
 *
 * <ul>
 *   <li>a crash record in the git dir (see {@link StashJournal}) written before each step that
 *       touches the index or the working tree, so that {@link Recovery} can undo a run killed with
 *       SIGKILL;
 *   <li>SIGINT, SIGTERM and SIGHUP handlers that stop the hook processes, restore, and exit with
 *       128 + the signal number (130, 143, 129); a shutdown hook does the same if the JVM exits
 *       another way while the scope is open;
 *   <li>fixes of built-in (pure) fixers applied separately to the staged and the unstaged content
 *       of partially staged files ({@link #applyFixToStagedAndWorkingCopy}), so they never collide
 *       with the user's unstaged lines.
 * </ul>
 *
 * <p>Open it under a {@link RepoLock}, which proves no other run is stashing in this working tree:
 *
 * <pre>{@code
 * try (RepoLock lock = RepoLock.acquire(repo, out)) {
 *   Recovery.recoverIfNeeded(lock, out);
 *   try (StagedFilesOnly stash = StagedFilesOnly.enter(lock, CacheDir.resolve(env), out)) {
 *     ... run hooks ...
 *   }
 * }
 * }</pre>
 */
public final class StagedFilesOnly implements AutoCloseable {
  private final ReentrantLock guard = new ReentrantLock();
  private final JournalFile journal;
  private IntentToAddCleared intentToAdd;
  private UnstagedChangesCleared unstaged;
  private SignalRestore signals;
  private AutoCloseable cancellation;
  private boolean closed;

  private StagedFilesOnly(JournalFile journal) {
    this.journal = journal;
  }

  /** Stashes, with no checkpoints. */
  public static StagedFilesOnly enter(RepoLock lock, Path cacheDir, Output out) {
    return enter(lock, cacheDir, out, Checkpoint.NONE);
  }

  /**
   * Clears intent-to-add entries, saves the unstaged changes (patch, copies, crash record) and
   * checks the index's content out. A stash left by a killed run is restored first (or, if that
   * cannot be done safely, this throws before touching anything).
   *
   * @throws dev.precommit.cli.FatalException when git cannot diff, the index has unmerged entries,
   *     or a previous stash cannot be restored; nothing is touched then
   */
  public static StagedFilesOnly enter(
      RepoLock lock, Path cacheDir, Output out, Checkpoint checkpoint) {
    if (Files.exists(lock.journal())) {
      Recovery.recoverIfNeeded(lock, out);
    }
    StashGit git = new StashGit(lock.repo());
    StagedFilesOnly scope =
        new StagedFilesOnly(new JournalFile(lock.journal(), lock.repo().root()));
    scope.guard.lock();
    try {
      RunCancellation run = RunCancellation.current().orElse(null);
      if (run == null) {
        scope.signals = SignalRestore.install(scope::restoreAndHalt, scope::restoreOnShutdown);
      } else {
        // Inside the daemon a signal is the whole engine's: the run's own cancellation restores.
        scope.cancellation = run.onCancel(scope::restoreOnCancel);
      }
      scope.intentToAdd = IntentToAddCleared.enter(git, out, scope.journal, checkpoint);
      scope.unstaged = UnstagedChangesCleared.enter(git, cacheDir, out, scope.journal, checkpoint);
    } catch (RuntimeException | Error e) {
      try {
        scope.closeLocked();
        if (Files.exists(lock.journal())) {
          Recovery.recoverIfNeeded(lock, out);
        }
      } catch (RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    } finally {
      scope.guard.unlock();
    }
    return scope;
  }

  /**
   * True when the working tree holds exactly the index's content: no unstaged changes, no
   * intent-to-add entries, no unmerged paths. Then {@link #enter} would change nothing and the
   * run's other checks before it (unmerged files, unstaged config) cannot fail, so the hook path
   * skips them: one {@code git status} (which refreshes the index's stat data, as {@code
   * update-index --refresh} does) instead of six git commands in the common case. A tracked file is
   * clean when its work-tree column is {@code .}; an intent-to-add entry shows as {@code A} there,
   * an unmerged path as a {@code u} record. Submodules are ignored, as the stash ignores them.
   */
  public static boolean nothingToStash(GitRepo repo) {
    ProcessResult status =
        repo.run(
            "status", "--porcelain=v2", "-z", "--untracked-files=no", "--ignore-submodules=all");
    if (!status.succeeded()) {
      return false;
    }
    String[] records = status.outputText().split("\0");
    for (int i = 0; i < records.length; i++) {
      String record = records[i];
      if (record.isEmpty() || record.startsWith("#")) {
        continue;
      }
      boolean ordinary = record.startsWith("1 ");
      boolean renamed = record.startsWith("2 ");
      if (!(ordinary || renamed) || record.length() < 4 || record.charAt(3) != '.') {
        return false;
      }
      if (renamed) {
        i++; // the record's second field is the path it was renamed or copied from
      }
    }
    return true;
  }

  /** A scope that stashes nothing: for runs with {@code --all-files} or {@code --files}. */
  public static StagedFilesOnly inactive() {
    StagedFilesOnly scope = new StagedFilesOnly(null);
    scope.closed = true;
    return scope;
  }

  /** The saved patch, or null when nothing was unstaged. */
  public Path patch() {
    return unstaged == null ? null : unstaged.patch();
  }

  /**
   * Files with unstaged changes that exist both in the index and in the working tree. A hook run
   * sees their staged content; the user's unstaged lines come back on close. When a built-in fixer
   * changes one of them, the engine should register the fix with {@link
   * #applyFixToStagedAndWorkingCopy} (or {@link #applyFixToWorkingCopy}).
   */
  public Set<String> partiallyStaged() {
    return unstaged == null ? Set.of() : unstaged.partiallyStaged();
  }

  /**
   * Registers a pure fix for a partially staged file, to be applied on close to the user's own
   * working-tree content once it is back. On close the file is first returned to its staged content
   * (so whatever any hook wrote to it is dropped and the patch applies cleanly; the hooks' fixes to
   * other files are unaffected), the unstaged changes are restored, and the working tree then holds
   * {@code fix(user's content)}. The index is left alone: the user sees the fix as an unstaged
   * change, as with pre-commit. The fix must be idempotent.
   *
   * @throws IllegalArgumentException when {@code path} is not in {@link #partiallyStaged()}
   */
  public void applyFixToWorkingCopy(String path, UnaryOperator<byte[]> fix) {
    requireOpen().applyFixToWorkingCopy(path, fix);
  }

  /**
   * As {@link #applyFixToWorkingCopy}, and also stages {@code fix(staged content)} (as {@code git
   * add} would, filters applied): the next commit then contains the fixed staged lines while the
   * user's unstaged lines stay unstaged, also fixed. The run still fails ("files were modified"),
   * as every fixing run does.
   */
  public void applyFixToStagedAndWorkingCopy(String path, UnaryOperator<byte[]> fix) {
    requireOpen().applyFixToStagedAndWorkingCopy(path, fix);
  }

  /** Restores the unstaged changes and intent-to-add entries, then deletes the crash record. */
  @Override
  public void close() {
    guard.lock();
    try {
      closeLocked();
    } finally {
      guard.unlock();
    }
  }

  private void closeLocked() {
    if (closed) {
      return;
    }
    // A cancelled run in the daemon starts no more processes, except the restore's git commands.
    RunCancellation run = RunCancellation.current().orElse(null);
    if (run == null) {
      restoreLocked();
      return;
    }
    try (AutoCloseable permit = run.exempt()) {
      restoreLocked();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e); // closing the permit does not throw
    }
  }

  private void restoreLocked() {
    closed = true;
    boolean unstagedBack = false;
    boolean intentToAddBack = false;
    try {
      try {
        if (unstaged != null) {
          unstaged.close();
          unstagedBack = true;
        }
      } finally {
        if (intentToAdd != null) {
          intentToAdd.close();
          intentToAddBack = true;
        }
      }
    } finally {
      try {
        // The record goes only when everything it names is known to be back; otherwise it stays
        // for Recovery (a scope that failed half-way in, or a restore that failed).
        if (journal.written()) {
          StashJournal record = journal.current();
          boolean filesBack = unstagedBack || record.phase() != StashJournal.Phase.STASHED;
          boolean entriesBack = intentToAddBack || record.intentToAdd().isEmpty();
          if (filesBack && entriesBack) {
            journal.delete();
          }
        }
      } finally {
        if (signals != null) {
          signals.close();
        }
        if (cancellation != null) {
          try {
            cancellation.close();
          } catch (Exception e) {
            // Unregistering a handler cannot fail.
          }
        }
      }
    }
  }

  /**
   * Run by the daemon when the run is cancelled (its client got a signal or went away), after the
   * run's processes were stopped: restores, and keeps the scope closed so that the run, which ends
   * shortly after, changes nothing more through it.
   */
  private void restoreOnCancel(int signal) {
    try {
      if (guard.tryLock(30, TimeUnit.SECONDS)) {
        try {
          closeLocked();
        } finally {
          guard.unlock();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Run by a signal's handler thread: stops the hook processes, restores (or waits for the main
   * thread's restore to finish) and halts with 128 + the signal number while still holding the
   * scope, so the main thread cannot run another hook over the restored files, nor exit first with
   * another code.
   */
  private void restoreAndHalt(int signal) {
    boolean locked = false;
    try {
      locked = guard.tryLock(30, TimeUnit.SECONDS);
      if (locked && !closed) {
        stopChildProcesses();
        closeLocked();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // The crash record is still there: the next run restores. Exit with the signal's code.
    } finally {
      Runtime.getRuntime().halt(128 + signal);
    }
  }

  /** Run by the shutdown hook when the JVM exits with the scope still open. */
  private void restoreOnShutdown() {
    try {
      if (guard.tryLock(30, TimeUnit.SECONDS)) {
        try {
          if (!closed) {
            stopChildProcesses();
            closeLocked();
          }
        } finally {
          guard.unlock();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void stopChildProcesses() {
    ProcessHandle.current().descendants().forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    for (ProcessHandle child : ProcessHandle.current().descendants().toList()) {
      long left = deadline - System.nanoTime();
      try {
        if (left <= 0 || !child.onExit().get(left, TimeUnit.NANOSECONDS).isAlive()) {
          continue;
        }
      } catch (Exception e) {
        // fall through to the forcible kill
      }
      child.destroyForcibly();
    }
  }

  private UnstagedChangesCleared requireOpen() {
    if (unstaged == null || closed) {
      throw new IllegalStateException("no stash is open");
    }
    return unstaged;
  }
}
