package dev.precommit.daemon;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;

/** Writes whole frames to the client; stdout, stderr and the exit code come from many threads. */
final class FrameWriter {
  private final WritableByteChannel out;
  private boolean muted;
  private boolean finished;

  FrameWriter(WritableByteChannel out) {
    this.out = out;
  }

  synchronized void send(byte channel, byte[] payload, int offset, int length) throws IOException {
    if (finished) {
      throw new IOException("the request has ended");
    }
    if (muted && (channel == Frame.STDOUT || channel == Frame.STDERR)) {
      return;
    }
    byte[] copy = new byte[length];
    System.arraycopy(payload, offset, copy, 0, length);
    ByteBuffer buffer = new Frame(channel, copy).encode();
    while (buffer.hasRemaining()) {
      out.write(buffer);
    }
  }

  void send(byte channel, byte[] payload) throws IOException {
    send(channel, payload, 0, payload.length);
  }

  /** Sends the exit code and refuses anything written after it. */
  synchronized void finish(int exitCode) throws IOException {
    try {
      send(Frame.EXIT, ByteBuffer.allocate(4).putInt(exitCode).array());
    } finally {
      finished = true;
    }
  }

  synchronized boolean finished() {
    return finished;
  }

  /**
   * Drops whatever the run writes from now on (a cancelled run, as a halted CLI run, is silent).
   */
  synchronized void mute() {
    muted = true;
  }
}
