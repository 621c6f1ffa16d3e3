package dev.precommit.daemon;

import java.io.PrintStream;
import java.time.Instant;

/** The daemon's log: one timestamped line per event, to the log file the launcher opened. */
final class DaemonLog {
  private final PrintStream out;
  private final String key;

  DaemonLog(PrintStream out, String key) {
    this.out = out;
    this.key = key;
  }

  void line(String message) {
    synchronized (out) {
      out.println(
          Instant.now() + " [" + ProcessHandle.current().pid() + " " + key + "] " + message);
      out.flush();
    }
  }
}
