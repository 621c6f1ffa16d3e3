package dev.precommit.stash;

import dev.precommit.cli.FatalException;
import dev.precommit.git.GitRepo;
import dev.precommit.output.Output;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * One precommit run per working tree at a time. An OS file lock on {@code <git-dir>/precommit.lock}
 * is released by the kernel when its process dies, even by SIGKILL, so a lock is never stale; the
 * pid written into the file only serves the message. The lock sits in the worktree's git dir (not
 * the cache) so that two runs with different {@code PRECOMMIT_HOME}s still exclude each other, and
 * linked worktrees, which have their own index and files, do not block each other.
 */
public final class RepoLock implements AutoCloseable {
  /** How long a second run waits for the first before giving up. */
  public static final Duration DEFAULT_WAIT = Duration.ofSeconds(5);

  static final String FILE_NAME = "precommit.lock";

  private final GitRepo repo;
  private final Path gitDir;
  private final FileChannel channel;
  private final FileLock lock;

  private RepoLock(GitRepo repo, Path gitDir, FileChannel channel, FileLock lock) {
    this.repo = repo;
    this.gitDir = gitDir;
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock, waiting up to {@link #DEFAULT_WAIT}. */
  public static RepoLock acquire(GitRepo repo, Output out) {
    return acquire(repo, out, DEFAULT_WAIT);
  }

  /**
   * Takes the lock, printing {@code [INFO] Waiting for another precommit run in this repository…}
   * once if another run holds it, and failing with a one-line {@link FatalException} when it is
   * still held after {@code wait}.
   */
  public static RepoLock acquire(GitRepo repo, Output out, Duration wait) {
    Path gitDir = repo.gitDir();
    Path file = gitDir.resolve(FILE_NAME);
    long deadline = System.nanoTime() + wait.toNanos();
    boolean told = false;
    try {
      FileChannel channel;
      try {
        channel =
            FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      } catch (FileSystemException e) {
        if (Files.isWritable(gitDir)) {
          throw e;
        }
        // A read-only git dir: no run can stash here (the crash record could not be written
        // either, and StagedFilesOnly refuses before touching anything), so runs that do not
        // stash go ahead unlocked.
        return new RepoLock(repo, gitDir, null, null);
      }
      try {
        while (true) {
          FileLock lock = tryLock(channel);
          if (lock != null) {
            channel.truncate(0);
            channel.write(
                ByteBuffer.wrap(
                    (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)),
                0);
            return new RepoLock(repo, gitDir, channel, lock);
          }
          if (System.nanoTime() >= deadline) {
            throw new FatalException(
                "Another precommit run"
                    + holder(file)
                    + " is still running in this repository; wait for it to finish (or stop it)"
                    + " and try again.");
          }
          if (!told) {
            out.info("Waiting for another precommit run in this repository\u2026");
            told = true;
          }
          sleep(Math.min(100, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
        }
      } catch (RuntimeException | IOException e) {
        channel.close();
        throw e;
      }
    } catch (IOException e) {
      throw new FatalException("cannot lock " + file + ": " + e.getMessage(), e);
    }
  }

  /** The repository this lock guards. */
  public GitRepo repo() {
    return repo;
  }

  /** The worktree's git dir, where the lock and the stash journal live. */
  public Path gitDir() {
    return gitDir;
  }

  /** Where a stash's crash record for this worktree is kept. */
  public Path journal() {
    return StashJournal.location(gitDir);
  }

  @Override
  public void close() {
    if (channel == null) {
      return;
    }
    try {
      if (lock.isValid()) {
        lock.release();
      }
      channel.close();
    } catch (IOException e) {
      // Closing the channel drops the lock whatever happens; nothing is left to undo.
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null; // held by this very JVM (another run in-process)
    }
  }

  private static String holder(Path file) {
    try {
      String pid = Files.readString(file, StandardCharsets.UTF_8).strip();
      return pid.matches("[0-9]+") ? " (pid " + pid + ")" : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FatalException("interrupted while waiting for another precommit run", 130);
    }
  }
}
