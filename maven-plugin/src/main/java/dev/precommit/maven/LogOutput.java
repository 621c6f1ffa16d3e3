package dev.precommit.maven;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.maven.plugin.logging.Log;

/**
 * What the engine prints, on its way into Maven's log: the engine writes to two buffers, and {@link
 * #flush} hands them to the log line by line (info for output, warn for errors).
 */
final class LogOutput {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  ByteArrayOutputStream out() {
    return out;
  }

  ByteArrayOutputStream err() {
    return err;
  }

  void flush(Log log) {
    // Loops, not lambdas: bootstrapping the first lambda in Maven 3's JVM costs milliseconds.
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isEmpty()) {
        log.info(line);
      }
    }
    for (String line : err.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isEmpty()) {
        log.warn(line);
      }
    }
    out.reset();
    err.reset();
  }
}
