package dev.precommit.lang;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A remembered health check of an environment's interpreter. Starting the interpreter to see that
 * it works costs 20–40 ms per environment on every run, before any hook starts (a repository with
 * five Python environments paid a quarter of a second on each commit, every hook skipped). After
 * one successful start the environment keeps a stamp of what was started: the interpreter's real
 * path (symlinks resolved), file identity (device and inode), size and modification time. While
 * they are unchanged the interpreter is taken as healthy; an interpreter upgraded, replaced or
 * removed under the environment changes the stamp, and it is started again.
 */
final class InterpreterStamp {
  static final String FILE = ".precommit-healthy";

  private InterpreterStamp() {}

  /** The stamp of {@code interpreter}, or null when it cannot be read (then check for real). */
  static String of(Path interpreter) {
    try {
      Path real = interpreter.toRealPath();
      BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
      return real
          + "\n"
          + attributes.fileKey()
          + "\n"
          + attributes.size()
          + "\n"
          + attributes.lastModifiedTime().toMillis()
          + "\n";
    } catch (IOException | SecurityException e) {
      return null;
    }
  }

  /** True when {@code env} holds {@code stamp} from an earlier successful check. */
  static boolean matches(Path env, String stamp) {
    if (stamp == null) {
      return false;
    }
    try {
      return stamp.equals(Files.readString(env.resolve(FILE), StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Remembers a successful check; best effort (a read-only cache just checks every time). */
  static void record(Path env, String stamp) {
    if (stamp == null) {
      return;
    }
    try {
      Path temp = Files.createTempFile(env, FILE, ".tmp");
      Files.writeString(temp, stamp, StandardCharsets.UTF_8);
      Files.move(temp, env.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      // Not remembered: the next run starts the interpreter again.
    }
  }
}
