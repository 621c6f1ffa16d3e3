package dev.precommit.hooks;

import java.util.List;

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
 * @param findings where the problems are, for reports; when empty, a failed verdict is one finding
 *     for the file, at the first line a fix changed (line 0, the whole file, when it changed none)
 */
public record FileVerdict(
    byte[] newContent, boolean failed, byte[] message, boolean halt, List<Finding> findings) {
  private static final byte[] NONE = new byte[0];
  private static final FileVerdict OK = new FileVerdict(null, false, NONE, false);

  public FileVerdict {
    message = message == null ? NONE : message;
    findings = List.copyOf(findings);
  }

  public FileVerdict(byte[] newContent, boolean failed, byte[] message, boolean halt) {
    this(newContent, failed, message, halt, List.of());
  }

  public FileVerdict(byte[] newContent, boolean failed, byte[] message) {
    this(newContent, failed, message, false);
  }

  /** This verdict, its problem placed at {@code line} (1-based) of {@code path}. */
  public FileVerdict at(String path, int line) {
    String text = new String(message, java.nio.charset.StandardCharsets.UTF_8).strip();
    return withFindings(List.of(new Finding(path, Math.max(0, line), text)));
  }

  /** This verdict with {@code findings} as where its problems are. */
  public FileVerdict withFindings(List<Finding> findings) {
    return new FileVerdict(newContent, failed, message, halt, findings);
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
