package dev.precommit.output;

import dev.precommit.process.RunningHooks;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * All terminal output goes through here. Status lines and logging go to stdout (as pre-commit
 * does); one-line errors go to stderr. Colour is decided once, by the caller.
 */
public final class Output {
  private final OutputStream out;
  private final OutputStream err;
  private final boolean color;

  public Output(OutputStream out, OutputStream err, boolean color) {
    this.out = out;
    this.err = err;
    this.color = color;
  }

  /** An output that writes stdout to {@code buffer} (to print later), stderr as this one. */
  public Output bufferedTo(OutputStream buffer) {
    return new Output(buffer, err, color);
  }

  public boolean color() {
    return color;
  }

  /** Writes {@code text} to stdout and flushes, so a hook in progress shows its name. */
  public void write(String text) {
    writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  public void writeLine(String text) {
    write(text + "\n");
  }

  /**
   * Writes raw bytes (a hook's output) to stdout unchanged. While an interrupt stops the run, only
   * the interrupt's thread is heard: what another thread would print about the stopped hooks is
   * dropped.
   */
  public void writeBytes(byte[] bytes) {
    if (RunningHooks.current().held()) {
      return;
    }
    try {
      out.write(bytes);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code [INFO] message} on stdout. */
  public void info(String message) {
    writeLine("[INFO] " + message);
  }

  /** {@code [WARNING] message} on stdout, yellow when coloured. */
  public void warn(String message) {
    writeLine(colored("[WARNING]", "\033[33m") + " " + message);
  }

  /** {@code [ERROR] message} on stdout, red when coloured. */
  public void error(String message) {
    writeLine(colored("[ERROR]", "\033[31m") + " " + message);
  }

  /** A line on stderr: for errors that end the command. */
  public void errorLine(String text) {
    if (RunningHooks.current().held()) {
      return;
    }
    try {
      err.write((text + "\n").getBytes(StandardCharsets.UTF_8));
      err.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String paint(Color c, String text) {
    return c.apply(text, color);
  }

  private String colored(String text, String code) {
    return color ? code + text + Color.NORMAL : text;
  }
}
