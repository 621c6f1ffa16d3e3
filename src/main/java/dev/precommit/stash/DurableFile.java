package dev.precommit.stash;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes that survive a SIGKILL or a power cut the moment they return: the bytes are forced to
 * disk, replacements are atomic renames, and the directory entry is forced too. The stash writes
 * every copy of the user's work this way before it touches the working tree.
 */
final class DurableFile {
  private DurableFile() {}

  /** Creates {@code file} (which must not exist) with {@code content}, forced to disk. */
  static void create(Path file, byte[] content) throws IOException {
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      writeFully(channel, content);
      channel.force(true);
    }
    forceDirectory(file.toAbsolutePath().getParent());
  }

  /** Replaces {@code file} with {@code content} atomically: a reader sees the old or the new. */
  static void replace(Path file, byte[] content) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Path temp = dir.resolve(file.getFileName() + ".tmp" + ProcessHandle.current().pid());
    try (FileChannel channel =
        FileChannel.open(
            temp,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      writeFully(channel, content);
      channel.force(true);
    }
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
    forceDirectory(dir);
  }

  /** Deletes {@code file} if it exists and forces the directory entry. */
  static void delete(Path file) throws IOException {
    if (Files.deleteIfExists(file)) {
      forceDirectory(file.toAbsolutePath().getParent());
    }
  }

  /** Forces a directory's entries to disk (a no-op where the platform cannot open directories). */
  static void forceDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Not every file system lets a directory be opened; the file itself is already forced.
    }
  }

  private static void writeFully(FileChannel channel, byte[] content) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(content);
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }
}
