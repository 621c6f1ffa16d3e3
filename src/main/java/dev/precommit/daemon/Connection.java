package dev.precommit.daemon;

import dev.precommit.CliContext;
import dev.precommit.process.RunCancellation;
import dev.precommit.process.RunCancelledError;
import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One client: checks its hello, reads the request, runs it as the CLI would (same entry point, the
 * request's own context) on a thread of its own {@link RunCancellation} group, relays stdin and a
 * cancel while it runs, and sends the exit code. A cancel frame, or the client going away, cancels
 * the run; the exit code is then 128 + the signal, as a CLI run halted by that signal exits with.
 */
final class Connection {
  private static final int SIGHUP = 1;
  private static final long HANDSHAKE_TIMEOUT_MILLIS = 10_000;

  private final SocketChannel channel;
  private final String key;
  private final byte[] token;
  private final DaemonLog log;
  private final long id;
  private volatile RunCancellation run;
  private volatile FrameWriter writer;
  private final Engine engine;

  Connection(
      SocketChannel channel, String key, byte[] token, DaemonLog log, long id, Engine engine) {
    this.engine = engine;
    this.channel = channel;
    this.key = key;
    this.token = token;
    this.log = log;
    this.id = id;
  }

  /** A request as the client sent it. */
  record Request(List<String> args, Path workingDir, Map<String, String> env, boolean terminal) {}

  /** Serves the connection to its end; returns false when the daemon should retire afterwards. */
  boolean serve() throws IOException {
    FrameWriter writer = new FrameWriter(channel);
    this.writer = writer;
    // A peer that connects and sends nothing must not hold a thread (and keep the daemon awake).
    Thread deadline =
        new Thread(
            () -> {
              try {
                Thread.sleep(HANDSHAKE_TIMEOUT_MILLIS);
                channel.close();
              } catch (InterruptedException | IOException e) {
                // The request arrived in time (or the channel is closed already).
              }
            },
            "precommit-handshake-" + id);
    deadline.setDaemon(true);
    deadline.start();
    Frame hello;
    Request request;
    try {
      hello = Frame.read(channel);
      request = readRequest();
    } finally {
      deadline.interrupt();
    }
    String refusal = refusal(hello, request);
    if (refusal != null) {
      log.line("request " + id + " refused: " + refusal);
      writer.send(Frame.STALE, new byte[0]);
      return true;
    }
    writer.send(Frame.ACCEPTED, new byte[0]);

    RunCancellation run = new RunCancellation("precommit-run-" + id);
    this.run = run;
    StdinStream stdin = new StdinStream();
    CliContext context =
        new CliContext(
            stdin,
            new FrameOutputStream(writer, Frame.STDOUT),
            new FrameOutputStream(writer, Frame.STDERR),
            request.workingDir(),
            request.env(),
            request.terminal());
    int[] code = {0};
    boolean[] healthy = {true};
    Thread runner =
        new Thread(
            run,
            () -> {
              try {
                code[0] = engine.execute(context, request.args().toArray(String[]::new));
              } catch (OutOfMemoryError | StackOverflowError e) {
                healthy[0] = false;
                code[0] = 3;
              } catch (RunCancelledError e) {
                // The run was cancelled and has been reported: the exit code is the signal's.
              }
            },
            "precommit-run-" + id);
    Thread reader = new Thread(() -> relay(stdin, writer), "precommit-client-" + id);
    reader.setDaemon(true);
    runner.start();
    reader.start();
    try {
      runner.join();
    } catch (InterruptedException e) {
      // The daemon is shutting down: cancel as SIGTERM would, and wait a little for the end.
      cancel(15);
      try {
        runner.join(TimeUnit.SECONDS.toMillis(30));
      } catch (InterruptedException again) {
        Thread.currentThread().interrupt();
      }
    }
    int exit = run.cancelled() ? 128 + run.signal() : code[0];
    log.line("request " + id + " " + request.args().stream().limit(3).toList() + " exit " + exit);
    try {
      writer.finish(exit);
    } catch (IOException e) {
      // The client is gone; its run ended all the same.
    }
    return healthy[0] && !runner.isAlive();
  }

  /**
   * Cancels the running request as {@code signal} would interrupt a CLI run: its hooks stop, its
   * stash is restored and the interrupt reported (for SIGINT, pre-commit's {@code Interrupted (^C)}
   * lines, as the CLI prints them), all on this thread; then its output stops, as a halted CLI run
   * prints nothing more.
   */
  void cancel(int signal) {
    RunCancellation current = run;
    if (current != null) {
      current.cancel(signal);
      writer.mute();
    }
  }

  private void relay(StdinStream stdin, FrameWriter writer) {
    try {
      while (true) {
        Frame frame = Frame.read(channel);
        if (frame.channel() == Frame.STDIN) {
          stdin.offer(frame.payload());
        } else if (frame.channel() == Frame.CANCEL && frame.payload().length == 1) {
          log.line("request " + id + " cancelled by signal " + frame.payload()[0]);
          cancel(frame.payload()[0]);
        }
      }
    } catch (IOException e) {
      stdin.end();
      if (!writer.finished()) {
        // The client died (or was killed) mid-run: as a hung-up terminal would, end the run.
        log.line("request " + id + ": the client went away; cancelling");
        cancel(SIGHUP);
      }
    }
  }

  private Request readRequest() throws IOException {
    List<String> args = new ArrayList<>();
    Map<String, String> env = new LinkedHashMap<>();
    Path dir = null;
    boolean terminal = false;
    while (true) {
      Frame frame = Frame.read(channel);
      switch (frame.channel()) {
        case Frame.ARG -> args.add(frame.text());
        case Frame.WORKDIR -> dir = Path.of(frame.text());
        case Frame.ENV -> {
          String entry = frame.text();
          int eq = entry.indexOf('=');
          if (eq > 0) {
            env.put(entry.substring(0, eq), entry.substring(eq + 1));
          }
        }
        case Frame.TERMINAL -> terminal = frame.payload().length > 0 && frame.payload()[0] != 0;
        case Frame.RUN -> {
          return new Request(List.copyOf(args), dir, env, terminal);
        }
        default -> throw new IOException("unexpected frame " + (char) frame.channel());
      }
    }
  }

  /** Why this request is not for this daemon, or null when it is. */
  private String refusal(Frame hello, Request request) {
    String[] parts = hello.text().split("\0", -1);
    if (hello.channel() != Frame.HELLO || parts.length != 3 || !parts[0].equals(Frame.PROTOCOL)) {
      return "another protocol";
    }
    byte[] presented = parts[2].getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(presented, token)) {
      return "wrong token";
    }
    if (!parts[1].equals(key)) {
      return "another build (" + parts[1] + ")";
    }
    if (request.workingDir() == null || !request.workingDir().isAbsolute()) {
      return "no working directory";
    }
    if (!request.args().isEmpty() && request.args().get(0).equals("daemon")) {
      return "daemon commands run in their own JVM";
    }
    return null;
  }
}
