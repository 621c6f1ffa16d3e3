package dev.precommit.daemon;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import sun.misc.Signal;

/**
 * The warm engine: one per user, build and JDK (see {@link DaemonPaths}). It listens on a Unix
 * domain socket (nothing on TCP), runs each request on a thread of its own, and exits when idle for
 * {@code idle}, when one of the watched files (its jar, the JDK's modules file) changes or
 * disappears, when a run leaves it in doubt (out of memory, a run that will not end), or on
 * SIGTERM/SIGINT/SIGHUP, which cancel the runs in progress (their stashes restored) first.
 */
public final class DaemonServer {
  private static final Duration POLL = Duration.ofSeconds(2);

  private final DaemonPaths paths;
  private final Duration idle;
  private final List<Path> watched;
  private final DaemonLog log;
  private final Set<Connection> active = ConcurrentHashMap.newKeySet();
  private final AtomicLong ids = new AtomicLong();
  private volatile long lastActivity = System.nanoTime();
  private volatile String stopReason;
  private ServerSocketChannel server;
  private final Engine engine;

  public DaemonServer(
      DaemonPaths paths,
      Duration idle,
      List<Path> watched,
      java.io.PrintStream log,
      Engine engine) {
    this.engine = engine;
    this.paths = paths;
    this.idle = idle;
    this.watched = List.copyOf(watched);
    this.log = new DaemonLog(log, paths.key());
  }

  /** Serves until it is time to exit; returns 0, or 1 when the daemon could not start. */
  public int serve() {
    List<Object> baseline = watched.stream().map(DaemonServer::stamp).toList();
    try {
      paths.prepare();
    } catch (IOException e) {
      log.line("not starting: " + e.getMessage());
      return 1;
    }
    try (FileChannel lockFile =
            FileChannel.open(paths.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = lockFile.tryLock()) {
      if (lock == null) {
        log.line("another daemon serves this build; not starting");
        return 0;
      }
      lockFile.truncate(0);
      lockFile.write(
          StandardCharsets.UTF_8.encode(Long.toString(ProcessHandle.current().pid()) + "\n"));
      byte[] token = writeToken();
      Files.deleteIfExists(paths.socket());
      try (ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
        // Bound (and listening) under a temporary name, then renamed: a client that sees the
        // socket can connect to it.
        Path bound = paths.socket().resolveSibling(paths.key() + ".sock.tmp");
        Files.deleteIfExists(bound);
        channel.bind(UnixDomainSocketAddress.of(bound));
        Files.move(bound, paths.socket(), StandardCopyOption.ATOMIC_MOVE);
        server = channel;
        handleSignals();
        Thread watcher = new Thread(() -> watch(baseline), "precommit-daemon-watch");
        watcher.setDaemon(true);
        watcher.start();
        log.line("serving on " + paths.socket() + " (idle exit after " + idle + ")");
        acceptLoop(token);
      } finally {
        removeFiles();
      }
      log.line("exiting: " + stopReason);
      return 0;
    } catch (IOException e) {
      log.line("failed: " + e);
      removeFiles();
      return 1;
    }
  }

  private void acceptLoop(byte[] token) {
    while (stopReason == null) {
      SocketChannel client;
      try {
        client = server.accept();
      } catch (IOException e) {
        break; // closed by stop()
      }
      lastActivity = System.nanoTime();
      Connection connection =
          new Connection(client, paths.key(), token, log, ids.incrementAndGet(), engine);
      active.add(connection);
      Thread thread =
          new Thread(() -> serveOne(client, connection), "precommit-connection-" + connection);
      thread.start();
    }
    stop(stopReason == null ? "the socket was closed" : stopReason);
    waitForRuns();
  }

  private void serveOne(SocketChannel client, Connection connection) {
    try (client) {
      if (!connection.serve()) {
        stop("a run left the daemon in doubt (out of memory, or a run that would not end)");
      }
    } catch (IOException | RuntimeException e) {
      log.line("connection failed: " + e);
    } catch (OutOfMemoryError e) {
      stop("out of memory");
    } finally {
      active.remove(connection);
      lastActivity = System.nanoTime();
      if (underMemoryPressure()) {
        stop("memory pressure (over three quarters of the heap in use between runs)");
      }
    }
  }

  /** Between runs the heap should be mostly free; if not, a fresh daemon is the safer bet. */
  private boolean underMemoryPressure() {
    Runtime runtime = Runtime.getRuntime();
    long used = runtime.totalMemory() - runtime.freeMemory();
    if (!active.isEmpty() || used < runtime.maxMemory() * 3 / 4) {
      return false;
    }
    System.gc(); // only when it looks full: one collection decides
    return runtime.totalMemory() - runtime.freeMemory() > runtime.maxMemory() * 3 / 4;
  }

  /** Stops accepting; runs in progress finish (or were cancelled by the caller). */
  void stop(String reason) {
    synchronized (this) {
      if (stopReason == null) {
        stopReason = reason;
      }
    }
    try {
      Files.deleteIfExists(paths.socket()); // new clients start a new daemon at once
      if (server != null) {
        server.close();
      }
    } catch (IOException e) {
      // Closing cannot fail in a way that matters: the process ends soon.
    }
  }

  private void waitForRuns() {
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    while (!active.isEmpty() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void handleSignals() {
    for (String name : new String[] {"TERM", "INT", "HUP"}) {
      try {
        Signal.handle(
            new Signal(name),
            s -> {
              for (Connection connection : active) {
                connection.cancel(s.getNumber());
              }
              stop("SIG" + name);
            });
      } catch (IllegalArgumentException e) {
        // The JVM keeps this signal (-Xrs): the default handling ends the daemon.
      }
    }
  }

  /** Every POLL: idle long enough, or a watched file changed, means it is time to go. */
  private void watch(List<Object> baseline) {
    while (stopReason == null) {
      try {
        Thread.sleep(Math.min(POLL.toMillis(), Math.max(100, idle.toMillis() / 4)));
      } catch (InterruptedException e) {
        return;
      }
      if (!watched.stream().map(DaemonServer::stamp).toList().equals(baseline)) {
        stop("the precommit build or the JDK changed");
      } else if (!Files.exists(paths.socket())) {
        stop("the socket file was removed");
      } else if (active.isEmpty() && System.nanoTime() - lastActivity > idle.toNanos()) {
        stop("idle for " + idle);
      }
    }
  }

  private static Object stamp(Path file) {
    try {
      return List.of(Files.size(file), Files.getLastModifiedTime(file));
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  private byte[] writeToken() throws IOException {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    byte[] token = HexFormat.of().formatHex(random).getBytes(StandardCharsets.US_ASCII);
    Path tmp = paths.token().resolveSibling(paths.key() + ".token.tmp");
    Files.deleteIfExists(tmp);
    Files.createFile(
        tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.write(tmp, token);
    Files.move(
        tmp, paths.token(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return token;
  }

  private void removeFiles() {
    try {
      Files.deleteIfExists(paths.socket());
      Files.deleteIfExists(paths.token());
    } catch (IOException e) {
      // Left behind: the next daemon replaces them.
    }
  }
}
