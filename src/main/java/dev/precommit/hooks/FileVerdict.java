package dev.precommit.hooks;

/**
 * What one content check says about one file. A fixer returns the rewritten bytes; the fused pass
 * writes them once, after every step has seen them.
 *
 * @param newContent the file's new bytes, or null when the check leaves it as it is
 * @param failed true when the check reports a problem or a fix for this file
 * @param message what the Python script would print for this file (may be empty)
 * @param halt true when the script would crash on this file (an uncaught exception, such as {@code
 *     UnicodeDecodeError} on a file that is not UTF-8) and so leave the rest of its batch alone; a
 *     problem the script handles (invalid JSON, say) never halts
 */
public record FileVerdict(byte[] newContent, boolean failed, byte[] message, boolean halt) {
  private static final byte[] NONE = new byte[0];
  private static final FileVerdict OK = new FileVerdict(null, false, NONE, false);

  public FileVerdict {
    message = message == null ? NONE : message;
  }

  public FileVerdict(byte[] newContent, boolean failed, byte[] message) {
    this(newContent, failed, message, false);
  }

  /** Nothing to say, nothing to change. */
  public static FileVerdict ok() {
    return OK;
  }

  /** A problem, reported with {@code message}; the file stays as it is. */
  public static FileVerdict fail(byte[] message) {
    return new FileVerdict(null, true, message);
  }

  /** A problem, reported with {@code message} (UTF-8). */
  public static FileVerdict fail(String message) {
    return fail(message.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * The script dies on this file with an uncaught exception: {@code message} stands for its
   * traceback (one line, {@code path: UnicodeDecodeError: …}), and the script's batch ends here.
   */
  public static FileVerdict crash(String message) {
    return new FileVerdict(
        null, true, message.getBytes(java.nio.charset.StandardCharsets.UTF_8), true);
  }

  /** A fix: the file becomes {@code newContent}, and the check fails, as fixers do. */
  public static FileVerdict fixed(byte[] newContent, String message) {
    return new FileVerdict(
        newContent, true, message.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
