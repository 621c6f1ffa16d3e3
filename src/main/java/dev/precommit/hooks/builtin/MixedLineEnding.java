package dev.precommit.hooks.builtin;

import dev.precommit.hooks.ArgumentParser;
import dev.precommit.hooks.CheckAbortedException;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckInfo;
import dev.precommit.hooks.ContentCheck;
import dev.precommit.hooks.FileCheck;
import dev.precommit.hooks.FileVerdict;
import dev.precommit.hooks.LineNumbers;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * {@code mixed-line-ending}: with {@code --fix=auto} (the default) a file that mixes {@code \n},
 * {@code \r\n} and {@code \r} is rewritten to its most frequent ending (ties favour {@code \n},
 * then {@code \r\n}); {@code --fix=lf|crlf|cr} forces one ending; {@code --fix=no} only reports.
 */
public final class MixedLineEnding implements ContentCheck {
  private static final int CR = 0;
  private static final int CRLF = 1;
  private static final int LF = 2;

  @Override
  public CheckInfo info() {
    return Manifest.typed(
        "mixed-line-ending",
        "mixed line ending",
        "replaces or checks mixed line ending.",
        List.of("text"),
        Manifest.ALL_STAGES,
        true);
  }

  @Override
  public FileCheck prepare(List<String> args, CheckContext context) throws CheckAbortedException {
    String fix =
        new ArgumentParser("mixed-line-ending")
            .choice("fix", "auto", List.of("auto", "no", "cr", "crlf", "lf"), "-f", "--fix")
            .parse(args)
            .requireNoPositionals()
            .value("fix")
            .orElseThrow();
    return (path, content) -> check(path, content, fix);
  }

  private static FileVerdict check(String path, byte[] content, String fix) {
    int[] counts = new int[3];
    int i = 0;
    int n = content.length;
    while (i < n) {
      byte c = content[i];
      if (c == '\r') {
        if (i + 1 < n && content[i + 1] == '\n') {
          counts[CRLF]++;
          i += 2;
        } else {
          counts[CR]++;
          i++;
        }
      } else {
        if (c == '\n') {
          counts[LF]++;
        }
        i++;
      }
    }
    int kinds = 0;
    for (int count : counts) {
      kinds += count > 0 ? 1 : 0;
    }
    boolean mixed = kinds > 1;
    if (fix.equals("no")) {
      if (!mixed) {
        return FileVerdict.ok();
      }
      // The place: the first line whose ending --fix=auto would change.
      byte[] auto = fixed(path, content, mostCommon(counts)).newContent();
      return FileVerdict.fail(path + ": mixed line endings\n")
          .at(path, LineNumbers.firstChange(content, auto));
    }
    if (fix.equals("auto")) {
      return mixed ? fixed(path, content, mostCommon(counts)) : FileVerdict.ok();
    }
    int target = fix.equals("cr") ? CR : fix.equals("crlf") ? CRLF : LF;
    int others = 0;
    for (int e = CR; e <= LF; e++) {
      others += e == target ? 0 : counts[e];
    }
    return others > 0 ? fixed(path, content, target) : FileVerdict.ok();
  }

  /** The most common ending, the later kind winning a tie, as pre-commit-hooks picks it. */
  private static int mostCommon(int[] counts) {
    int best = LF;
    int max = 0;
    for (int e = CR; e <= LF; e++) {
      if (counts[e] >= max) {
        best = e;
        max = counts[e];
      }
    }
    return best;
  }

  private static FileVerdict fixed(String path, byte[] content, int ending) {
    byte[] eol =
        ending == CR
            ? new byte[] {'\r'}
            : ending == CRLF ? new byte[] {'\r', '\n'} : new byte[] {'\n'};
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 16);
    int start = 0;
    int i = 0;
    int n = content.length;
    while (i < n) {
      byte c = content[i];
      if (c == '\r' || c == '\n') {
        out.write(content, start, i - start);
        out.writeBytes(eol);
        i += c == '\r' && i + 1 < n && content[i + 1] == '\n' ? 2 : 1;
        start = i;
      } else {
        i++;
      }
    }
    if (start < n) {
      out.write(content, start, n - start);
      out.writeBytes(eol);
    }
    return FileVerdict.fixed(out.toByteArray(), path + ": fixed mixed line endings\n");
  }
}
