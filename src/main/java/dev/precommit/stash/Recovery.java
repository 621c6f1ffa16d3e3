package dev.precommit.stash;

import dev.precommit.cli.FatalException;
import dev.precommit.output.Output;
import dev.precommit.process.ProcessTree;
import dev.precommit.process.RunningHooks;
import dev.precommit.stash.StashJournal.SavedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Undoes a stash whose process died without restoring it (SIGKILL, power cut, OOM killer). The
 * crash record says how far the stash got and what every covered file held before it and after
 * checkout; a file is put back only when it still holds one of those two states, so nothing written
 * after the crash is ever overwritten. When some file holds anything else (a hook's fix, or the
 * user's new edits), the run refuses to start and names {@code precommit recover}, which keeps a
 * copy of that content in the cache and then restores.
 */
public final class Recovery {
  private Recovery() {}

  /**
   * Called at the start of every run, under the lock: restores a killed run's stash if there is
   * one, or throws a {@link FatalException} naming the command that restores it. Costs one file
   * existence check when there is nothing to do.
   */
  public static void recoverIfNeeded(RepoLock lock, Output out) {
    endLeftRunning(lock, out);
    if (!Files.exists(lock.journal())) {
      return;
    }
    recover(lock, out, false);
  }

  /**
   * {@code precommit recover}: restores a killed run's stash even where files changed since,
   * keeping each such file's current content in the cache first.
   *
   * @return true when there was something to recover
   */
  public static boolean recoverForcibly(RepoLock lock, Output out) {
    endLeftRunning(lock, out);
    return recover(lock, out, true);
  }

  /**
   * Ends the hook processes a killed run left running (with everything they started), before
   * anything else: they could still be writing to the files a restore puts back.
   */
  private static void endLeftRunning(RepoLock lock, Output out) {
    RepoLock.LeftRunning left = lock.leftRunning();
    if (left.hooks().isEmpty()) {
      return;
    }
    List<ProcessHandle> running = new ArrayList<>();
    for (RunningHooks.Started hook : left.hooks()) {
      hook.stillRunning().ifPresent(running::add);
    }
    if (running.isEmpty()) {
      return;
    }
    ProcessTree.end(running, ProcessTree.GRACE);
    out.warn(
        "A precommit run"
            + (left.pid() < 0 ? "" : " (pid " + left.pid() + ")")
            + " was killed and left "
            + running.size()
            + (running.size() == 1 ? " hook process" : " hook processes")
            + " running; stopped "
            + (running.size() == 1 ? "it." : "them."));
  }

  private static boolean recover(RepoLock lock, Output out, boolean force) {
    Optional<StashJournal> read;
    try {
      read = StashJournal.read(lock.journal());
    } catch (IOException e) {
      throw new FatalException(
          "the stash record "
              + lock.journal()
              + " is unreadable ("
              + e.getMessage()
              + "); look for your unstaged changes in the newest patch file in the precommit"
              + " cache, apply it with `git apply --whitespace=nowarn <patch>`, then delete the"
              + " record");
    }
    if (read.isEmpty()) {
      return false;
    }
    StashJournal journal = read.get();
    requireOwnerGone(journal);
    StashGit git = new StashGit(lock.repo());
    Path root = lock.repo().root();
    // Decided before a word is said: a run that refuses must not first say it is restoring.
    List<SavedFile> changed =
        journal.phase() == StashJournal.Phase.STASHED ? changedSince(journal, root, force) : null;
    if (journal.pid() == ProcessHandle.current().pid()) {
      out.warn("The stash could not be completed; restoring your unstaged changes.");
    } else {
      out.warn(
          "A precommit run (pid "
              + journal.pid()
              + ") was killed before it restored your unstaged changes; restoring them now.");
    }
    if (changed != null) {
      restoreFiles(journal, root, out, changed);
    }
    IntentToAddCleared.readd(git, journal.intentToAdd());
    if (journal.patch() != null && journal.phase() == StashJournal.Phase.STASHED) {
      out.info("Restored changes from " + journal.patch() + ".");
    }
    try {
      DurableFile.delete(lock.journal());
    } catch (IOException e) {
      throw new FatalException("cannot delete " + lock.journal() + ": " + e.getMessage(), e);
    }
    if (journal.patch() != null) {
      RestoredPatches.markRestored(journal.patch());
    }
    return true;
  }

  /**
   * The covered files that hold neither their state before the stash nor the checked-out one.
   *
   * @throws FatalException when the copies are gone, or when some file changed and {@code force} is
   *     false: then nothing was touched
   */
  private static List<SavedFile> changedSince(StashJournal journal, Path root, boolean force) {
    if (!SavedCopies.present(journal.copies(), journal.files())) {
      throw new FatalException(
          "A precommit run (pid "
              + journal.pid()
              + ") was killed while your unstaged changes were stashed, and the copies in "
              + journal.copies()
              + " are gone. Restore the changes with: git apply --whitespace=nowarn "
              + journal.patch()
              + "  (then delete "
              + StashJournal.FILE_NAME
              + " in the git dir)");
    }
    List<SavedFile> changed = new ArrayList<>();
    for (SavedFile f : journal.files()) {
      FileState now = FileState.of(root.resolve(f.path()));
      if (!now.equals(f.worktree()) && !now.equals(f.checkout())) {
        changed.add(f);
      }
    }
    if (!changed.isEmpty() && !force) {
      List<String> names = changed.stream().map(SavedFile::path).toList();
      throw new FatalException(
          "A precommit run (pid "
              + journal.pid()
              + ") was killed while your unstaged changes were stashed, and "
              + String.join(", ", names)
              + (names.size() == 1 ? " has" : " have")
              + " changed since, so nothing was touched. Restore your changes with: precommit"
              + " recover");
    }
    return changed;
  }

  /**
   * Puts back every covered file that holds its checked-out state, and the {@code changed} ones
   * (their content kept in the cache first).
   */
  private static void restoreFiles(
      StashJournal journal, Path root, Output out, List<SavedFile> changed) {
    List<SavedFile> restore = new ArrayList<>();
    for (SavedFile f : journal.files()) {
      FileState now = FileState.of(root.resolve(f.path()));
      if (!now.equals(f.worktree()) && now.equals(f.checkout())) {
        restore.add(f);
      }
    }
    try {
      if (!changed.isEmpty()) {
        Path kept = journal.copies().resolve("kept");
        Files.createDirectories(kept);
        for (SavedFile f : changed) {
          Path file = root.resolve(f.path());
          if (Files.isRegularFile(file) || Files.isSymbolicLink(file)) {
            Path copy = kept.resolve(Integer.toString(journal.files().indexOf(f)));
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
            out.info("Kept the content " + f.path() + " had before recovery in " + copy + ".");
          }
        }
        DurableFile.forceDirectory(kept);
      }
      restore.addAll(changed);
      for (SavedFile f : restore) {
        SavedCopies.restore(root, journal.copies(), f);
      }
    } catch (IOException e) {
      throw new FatalException(
          "cannot restore your unstaged changes ("
              + e.getMessage()
              + "); they are in "
              + journal.copies()
              + " and "
              + journal.patch(),
          e);
    }
  }

  /** A record is only ever undone when the process that wrote it is gone. */
  private static void requireOwnerGone(StashJournal journal) {
    if (journal.pid() == ProcessHandle.current().pid()) {
      // Written by this process, whose RepoLock the caller holds: no scope of it is open, so the
      // record is what a scope that failed half-way left behind.
      return;
    }
    Optional<ProcessHandle> owner = ProcessHandle.of(journal.pid());
    if (owner.isEmpty() || !owner.get().isAlive()) {
      return;
    }
    long started = owner.get().info().startInstant().map(i -> i.toEpochMilli()).orElse(-1L);
    if (journal.processStart() >= 0 && started >= 0 && started != journal.processStart()) {
      return; // the pid was reused by an unrelated process
    }
    throw new FatalException(
        "precommit run pid "
            + journal.pid()
            + " still has this repository's unstaged changes stashed; wait for it to finish");
  }
}
