package dev.precommit.daemon;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;

/**
 * One message between the client and the daemon: a channel byte, a 4-byte big-endian length, the
 * payload. The whole protocol (version {@link #PROTOCOL}):
 *
 * <pre>
 * client → daemon                           daemon → client
 * V "precommit-daemon 1\0KEY\0TOKEN"        K  accepted: the client may now read its stdin
 * A an argument (one frame each)            S  not accepted (stale build, bad token, or a
 * W the working directory                      command the daemon does not run): the client
 * N an environment entry NAME=VALUE            falls back to the JVM, nothing read or written
 * T 2 bytes: stdin+stdout, stderr are ttys  O  stdout bytes, as written
 * R end of the request                      E  stderr bytes, as written
 * I stdin bytes; empty = end of stdin       X  4 bytes: the exit code; the last frame
 * C 1 byte: a signal number (cancel)
 * </pre>
 *
 * The client sends everything up to {@code R} at once and waits for {@code K} or {@code S}: one
 * round trip. Bytes in arguments, paths and the environment are UTF-8.
 */
record Frame(byte channel, byte[] payload) {
  static final String PROTOCOL = "precommit-daemon 1";
  static final int MAX_PAYLOAD = 64 << 20;

  static final byte HELLO = 'V';
  static final byte ARG = 'A';
  static final byte WORKDIR = 'W';
  static final byte ENV = 'N';
  static final byte TERMINAL = 'T';
  static final byte RUN = 'R';
  static final byte STDIN = 'I';
  static final byte CANCEL = 'C';
  static final byte ACCEPTED = 'K';
  static final byte STALE = 'S';
  static final byte STDOUT = 'O';
  static final byte STDERR = 'E';
  static final byte EXIT = 'X';

  String text() {
    return new String(payload, StandardCharsets.UTF_8);
  }

  /**
   * Reads one frame; end of stream before a frame begins or inside one is an {@link EOFException}.
   */
  static Frame read(ReadableByteChannel in) throws IOException {
    ByteBuffer header = ByteBuffer.allocate(5);
    fill(in, header);
    byte channel = header.get(0);
    int length = header.getInt(1);
    if (length < 0 || length > MAX_PAYLOAD) {
      throw new IOException("bad frame length " + length);
    }
    ByteBuffer payload = ByteBuffer.allocate(length);
    fill(in, payload);
    return new Frame(channel, payload.array());
  }

  private static void fill(ReadableByteChannel in, ByteBuffer buffer) throws IOException {
    while (buffer.hasRemaining()) {
      if (in.read(buffer) < 0) {
        throw new EOFException("the peer closed the connection");
      }
    }
  }

  ByteBuffer encode() {
    ByteBuffer buffer = ByteBuffer.allocate(5 + payload.length);
    buffer.put(channel).putInt(payload.length).put(payload).flip();
    return buffer;
  }
}
