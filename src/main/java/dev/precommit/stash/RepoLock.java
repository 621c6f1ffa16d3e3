package dev.precommit.stash;

import dev.precommit.FatalException;
import dev.precommit.git.GitRepo;
import dev.precommit.output.Output;
import dev.precommit.process.Interrupts;
import dev.precommit.process.RunningHooks;
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
import java.util.ArrayList;
import java.util.List;

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
  private final LeftRunning leftRunning;
  private final Interrupts.Registration recording;

  /**
   * The hook processes the lock's previous holder recorded as running when it let go of the lock;
   * it let go by dying when any is listed (a run that ends normally has waited for its hooks).
   *
   * @param pid the previous holder, or -1 when unknown
   * @param hooks its hook processes, each to be ended only while {@link
   *     RunningHooks.Started#stillRunning} finds it
   */
  public record LeftRunning(long pid, List<RunningHooks.Started> hooks) {
    static final LeftRunning NONE = new LeftRunning(-1, List.of());

    public LeftRunning {
      hooks = List.copyOf(hooks);
    }
  }

  private RepoLock(
      GitRepo repo, Path gitDir, FileChannel channel, FileLock lock, LeftRunning leftRunning) {
    this.repo = repo;
    this.gitDir = gitDir;
    this.channel = channel;
    this.lock = lock;
    this.leftRunning = leftRunning;
    this.recording = channel == null ? null : RunningHooks.current().watch(this::record);
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
        return new RepoLock(repo, gitDir, null, null, LeftRunning.NONE);
      }
      try {
        while (true) {
          FileLock lock = tryLock(channel);
          if (lock != null) {
            LeftRunning left = parse(readAll(channel));
            replace(channel, ProcessHandle.current().pid() + "\n");
            return new RepoLock(repo, gitDir, channel, lock, left);
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

  /** What the previous holder of the lock left running when it was killed. */
  public LeftRunning leftRunning() {
    return leftRunning;
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
    recording.close();
    try {
      if (lock.isValid()) {
        replace(channel, ProcessHandle.current().pid() + "\n");
        lock.release();
      }
      channel.close();
    } catch (IOException e) {
      // Closing the channel drops the lock whatever happens; nothing is left to undo.
    }
  }

  /**
   * Keeps the run's hook processes in the lock file as they start ({@code hook <pid> <start>}, one
   * a line after the holder's pid), for the run after a SIGKILL to end. Not forced to disk: only a
   * crash of the machine loses it, and that ends the processes too.
   */
  private void record(List<RunningHooks.Started> running) {
    StringBuilder text = new StringBuilder().append(ProcessHandle.current().pid()).append('\n');
    for (RunningHooks.Started p : running) {
      text.append("hook ").append(p.pid()).append(' ').append(p.startMillis()).append('\n');
    }
    try {
      replace(channel, text.toString());
    } catch (IOException e) {
      // The record only helps the next run end orphans; the run itself goes on.
    }
  }

  private static void replace(FileChannel channel, String text) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    long at = 0;
    while (bytes.hasRemaining()) {
      at += channel.write(bytes, at);
    }
    channel.truncate(at);
  }

  private static String readAll(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 1 << 20));
    while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
      // keep reading
    }
    return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
  }

  /** Reads a lock file's record; anything malformed is left out. */
  static LeftRunning parse(String text) {
    String[] lines = text.split("\n");
    long pid = lines[0].strip().matches("[0-9]{1,18}") ? Long.parseLong(lines[0].strip()) : -1;
    List<RunningHooks.Started> hooks = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      String[] fields = lines[i].strip().split(" ");
      if (fields.length == 3
          && fields[0].equals("hook")
          && fields[1].matches("[0-9]{1,18}")
          && fields[2].matches("-?[0-9]{1,18}")) {
        hooks.add(new RunningHooks.Started(Long.parseLong(fields[1]), Long.parseLong(fields[2])));
      }
    }
    return new LeftRunning(pid, hooks);
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
      String pid = Files.readString(file, StandardCharsets.UTF_8).split("\n", 2)[0].strip();
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
