package dev.precommit.daemon;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A request's stdout or stderr: every write goes to the client as one frame, as it is written. Once
 * the client is gone, writes are dropped (as a process's writes to a closed pipe would end it, the
 * run is cancelled separately).
 */
final class FrameOutputStream extends OutputStream {
  private final FrameWriter writer;
  private final byte channel;

  FrameOutputStream(FrameWriter writer, byte channel) {
    this.writer = writer;
    this.channel = channel;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return;
    }
    try {
      writer.send(channel, b, off, len);
    } catch (IOException e) {
      // The client is gone or the run was cancelled: nobody reads this any more.
    }
  }
}
