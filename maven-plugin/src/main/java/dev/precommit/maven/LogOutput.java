package dev.precommit.maven;

import dev.precommit.output.Output;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.maven.plugin.logging.Log;

/**
 * An engine {@link Output} whose lines end up in Maven's log: what the engine prints goes to a
 * buffer, and {@link #flush} hands it to the log line by line (info for output, warn for errors).
 */
final class LogOutput {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Output output = new Output(out, err, false);

  Output output() {
    return output;
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
