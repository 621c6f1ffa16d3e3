package dev.precommit.daemon;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A daemon found through its lock file: for {@code precommit daemon status|stop}. */
public record RunningDaemon(String key, long pid, Path socket) {

  /** The daemons whose lock file names a live precommit daemon process. */
  public static List<RunningDaemon> list(Path dir) {
    List<RunningDaemon> found = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return found;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path lock : files.filter(f -> f.toString().endsWith(".lock")).sorted().toList()) {
        String name = lock.getFileName().toString();
        String key = name.substring(0, name.length() - ".lock".length());
        String text = Files.readString(lock).strip();
        if (!text.matches("[0-9]+")) {
          continue;
        }
        long pid = Long.parseLong(text);
        if (held(lock) && process(pid).isPresent()) {
          found.add(new RunningDaemon(key, pid, dir.resolve(key + ".sock")));
        }
      }
    } catch (IOException e) {
      // An unreadable directory has no daemon we could talk to.
    }
    return found;
  }

  /** Sends SIGTERM (runs in progress are cancelled and restored) and waits for the exit. */
  public boolean stop(Duration timeout) {
    Optional<ProcessHandle> process = process(pid);
    if (process.isEmpty()) {
      return true;
    }
    process.get().destroy();
    try {
      process.get().onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (Exception e) {
      return !process.get().isAlive();
    }
  }

  /** The live process with this pid (it holds the lock, so it is the daemon). */
  private static Optional<ProcessHandle> process(long pid) {
    return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
  }

  /** True when a daemon holds {@code lock}: the lock, not the pid, says a daemon is alive. */
  private static boolean held(Path lock) {
    try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE);
        FileLock probe = channel.tryLock()) {
      return probe == null;
    } catch (OverlappingFileLockException e) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** What a daemon watches by default: its own jar (or classes) and the JDK's modules file. */
  public static List<Path> ownFiles() {
    List<Path> files = new ArrayList<>();
    try {
      files.add(
          Path.of(DaemonServer.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (URISyntaxException | RuntimeException e) {
      // No code source: nothing to watch for it.
    }
    files.add(Path.of(System.getProperty("java.home"), "lib", "modules"));
    return files;
  }
}
