package dev.precommit.stash;

import dev.precommit.git.GitRepo;
import dev.precommit.output.Output;
import dev.precommit.process.ProcessResult;
import dev.precommit.process.RunningHooks;
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
 *   <li>a restore on SIGINT, SIGTERM and SIGHUP, after the hook processes are ended and before the
 *       exit with 128 + the signal number (130, 143, 129), both by {@link
 *       dev.precommit.process.Interrupts}; a shutdown hook restores if the JVM exits another way
 *       while the scope is open;
 *   <li>fixes of built-in (pure) fixers to partially staged files applied separately to the staged
 *       and the unstaged content ({@link #builtinFixWritten}), so they never collide with the
 *       user's unstaged lines.
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
  private boolean closed;

  /**
   * The run's hooks and processes: in the CLI the JVM's, whose interrupt ends all its children and
   * then halts; inside the daemon the run's own, whose interrupt ends only the run's processes
   * while the JVM goes on serving other runs.
   */
  private final RunningHooks run = RunningHooks.current();

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
   * @throws dev.precommit.FatalException when git cannot diff, the index has unmerged entries, or a
   *     previous stash cannot be restored; nothing is touched then
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
      scope.signals = SignalRestore.install(scope::restoreOnSignal, scope::restoreOnShutdown);
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
   * changes one of them, the engine tells the stash with {@link #builtinFixWritten}.
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
   * Tells the stash that built-in fixers rewrote {@code path} in the working tree from {@code
   * before} to {@code after}, and that {@code fix} (pure; null for content it cannot fix) is what
   * they did. The fixed content stays in the working tree for the rest of the run, so later hooks
   * see it, as with pre-commit. On close, when the file is one of {@link #partiallyStaged()}:
   *
   * <ul>
   *   <li>if every change made to it during the run was such a fix (the first {@code before} is the
   *       staged content checked out, each next {@code before} the previous {@code after}, and the
   *       file still holds the last {@code after}) and the fixes apply to the user's own content,
   *       the working tree ends up holding {@code fix(user's content)}: the user's unstaged changes
   *       on top of the fixed staged content, fixed the same way, with no conflict. The index is
   *       left alone;
   *   <li>otherwise (another hook changed the file too, or a fixer cannot fix the user's content)
   *       the file follows pre-commit's rule: the unstaged changes are applied on top of what the
   *       hooks left, and a conflict rolls the hooks' fixes back.
   * </ul>
   *
   * Does nothing for other files, when nothing was stashed, or once the stash is closed. Safe to
   * call from any thread.
   */
  public void builtinFixWritten(
      String path, byte[] before, byte[] after, UnaryOperator<byte[]> fix) {
    UnstagedChangesCleared scope = unstaged;
    if (scope != null) {
      scope.builtinFixWritten(path, before, after, fix);
    }
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
            if (record.patch() != null) {
              RestoredPatches.markRestored(record.patch());
            }
          }
        }
      } finally {
        if (signals != null) {
          signals.close();
        }
      }
    }
  }

  /**
   * Run by a signal's handler thread once {@link dev.precommit.process.Interrupts} has stopped the
   * hooks: ends whatever else the run still runs (in the CLI, every child of the JVM), and restores
   * (or waits for the main thread's restore to finish). It keeps the scope locked until the halt
   * that follows, so the main thread cannot touch the restored files. Inside the daemon (a
   * cancelled run, no halt) only the run's own processes end, and the scope is left closed and
   * unlocked: the run's thread finds nothing more to do in it on its way out.
   */
  private void restoreOnSignal() {
    boolean locked = false;
    try {
      locked = guard.tryLock(30, TimeUnit.SECONDS);
      if (locked && !closed) {
        run.endProcesses();
        closeLocked();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      if (locked && !run.haltsJvm()) {
        guard.unlock();
      }
    }
  }

  /** Run by the shutdown hook when the JVM exits with the scope still open. */
  private void restoreOnShutdown() {
    try {
      if (guard.tryLock(30, TimeUnit.SECONDS)) {
        try {
          if (!closed) {
            run.endProcesses();
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

  private UnstagedChangesCleared requireOpen() {
    if (unstaged == null || closed) {
      throw new IllegalStateException("no stash is open");
    }
    return unstaged;
  }
}
