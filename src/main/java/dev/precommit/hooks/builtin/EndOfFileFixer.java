package dev.precommit.hooks.builtin;

import dev.precommit.hooks.ArgumentParser;
import dev.precommit.hooks.CheckAbortedException;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckInfo;
import dev.precommit.hooks.ContentCheck;
import dev.precommit.hooks.FileCheck;
import dev.precommit.hooks.FileVerdict;
import java.util.Arrays;
import java.util.List;

/**
 * {@code end-of-file-fixer}: a file is empty or ends with exactly one newline ({@code \n}, {@code
 * \r\n} or {@code \r}, whichever it already uses); a file of only newlines becomes empty.
 */
public final class EndOfFileFixer implements ContentCheck {

  @Override
  public CheckInfo info() {
    return Manifest.typed(
        "end-of-file-fixer",
        "fix end of files",
        "ensures that a file is either empty, or ends with one newline.",
        List.of("text"),
        Manifest.COMMIT_PUSH_MANUAL,
        true);
  }

  @Override
  public FileCheck prepare(List<String> args, CheckContext context) throws CheckAbortedException {
    new ArgumentParser("end-of-file-fixer").parse(args).requireNoPositionals();
    return (path, content) -> {
      byte[] fixed = fix(content);
      return fixed == null ? FileVerdict.ok() : FileVerdict.fixed(fixed, "Fixing " + path + "\n");
    };
  }

  /** The fixed bytes, or null when the file is fine. */
  static byte[] fix(byte[] b) {
    int n = b.length;
    if (n == 0) {
      return null;
    }
    if (!newline(b[n - 1])) {
      byte[] out = Arrays.copyOf(b, n + 1);
      out[n] = '\n';
      return out;
    }
    int pos = n - 1;
    while (newline(b[pos])) {
      if (pos == 0) {
        return new byte[0];
      }
      pos--;
    }
    int rest = pos + 1;
    int remaining = n - rest;
    for (byte[] seq : new byte[][] {{'\n'}, {'\r', '\n'}, {'\r'}}) {
      if (remaining == seq.length && startsWith(b, rest, seq)) {
        return null;
      }
      if (startsWith(b, rest, seq)) {
        return Arrays.copyOf(b, rest + seq.length);
      }
    }
    return null;
  }

  private static boolean newline(byte c) {
    return c == '\n' || c == '\r';
  }

  private static boolean startsWith(byte[] b, int from, byte[] seq) {
    if (b.length - from < seq.length) {
      return false;
    }
    for (int i = 0; i < seq.length; i++) {
      if (b[from + i] != seq[i]) {
        return false;
      }
    }
    return true;
  }
}
