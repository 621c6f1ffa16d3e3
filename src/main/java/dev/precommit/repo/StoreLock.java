package dev.precommit.repo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Exclusive use of the store: an OS file lock on {@code <store>/.lock} between processes, and a
 * re-entrant lock between threads of this JVM.
 *
 * <p>Why a static table: an OS file lock belongs to the whole process, so a second {@link
 * FileChannel#lock()} from another thread of the same JVM fails with {@code
 * OverlappingFileLockException} instead of waiting. One in-JVM lock per lock file mirrors that
 * process-wide resource; it holds no configuration and needs no reset between tests.
 */
public final class StoreLock implements AutoCloseable {
  private static final ConcurrentMap<Path, Holder> HOLDERS = new ConcurrentHashMap<>();

  private final Holder holder;

  private StoreLock(Holder holder) {
    this.holder = holder;
  }

  /**
   * Takes the lock on {@code lockFile}, calling {@code onBlocked} once when another thread or
   * process holds it. Re-entrant within a thread.
   */
  static StoreLock acquire(Path lockFile, Consumer<String> onBlocked) {
    Holder holder =
        HOLDERS.computeIfAbsent(lockFile.toAbsolutePath().normalize(), p -> new Holder());
    boolean told = false;
    if (!holder.threads.tryLock()) {
      onBlocked.accept("Locking pre-commit directory");
      told = true;
      holder.threads.lock();
    }
    if (holder.threads.getHoldCount() == 1) {
      try {
        holder.channel =
            FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = holder.channel.tryLock();
        if (lock == null) {
          if (!told) {
            onBlocked.accept("Locking pre-commit directory");
          }
          lock = holder.channel.lock();
        }
        holder.fileLock = lock;
      } catch (IOException | RuntimeException e) {
        holder.closeChannel();
        holder.threads.unlock();
        if (e instanceof IOException io) {
          throw new UncheckedIOException("cannot lock " + lockFile, io);
        }
        throw (RuntimeException) e;
      }
    }
    return new StoreLock(holder);
  }

  @Override
  public void close() {
    try {
      if (holder.threads.getHoldCount() == 1) {
        holder.closeChannel();
      }
    } finally {
      holder.threads.unlock();
    }
  }

  private static final class Holder {
    final ReentrantLock threads = new ReentrantLock();
    FileChannel channel;
    FileLock fileLock;

    void closeChannel() {
      try {
        if (fileLock != null) {
          fileLock.release();
        }
        if (channel != null) {
          channel.close();
        }
      } catch (IOException ignored) {
        // Closing the channel releases the lock; nothing else to undo.
      } finally {
        fileLock = null;
        channel = null;
      }
    }
  }
}
