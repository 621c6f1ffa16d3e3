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
 * {@code fix-byte-order-marker}: removes a leading UTF-8 byte-order mark. Like the script, which
 * re-encodes the file through Python's UTF-8 codec, it leaves a file that is not valid UTF-8 alone
 * and reports the decoding error (where the script dies with a traceback).
 */
public final class FixByteOrderMarker implements ContentCheck {

  @Override
  public CheckInfo info() {
    return Manifest.typed(
        "fix-byte-order-marker",
        "fix utf-8 byte order marker",
        "removes utf-8 byte order marker.",
        List.of("text"),
        Manifest.ALL_STAGES,
        true);
  }

  @Override
  public FileCheck prepare(List<String> args, CheckContext context) throws CheckAbortedException {
    new ArgumentParser("fix-byte-order-marker").parse(args).requireNoPositionals();
    return FileCheck.mayCrash(
        (path, content) -> {
          if (content.length < 3
              || (content[0] & 0xff) != 0xef
              || (content[1] & 0xff) != 0xbb
              || (content[2] & 0xff) != 0xbf) {
            return FileVerdict.ok();
          }
          try {
            PythonText.decodeUtf8(content, 3, false);
          } catch (PythonText.DecodeException e) {
            // The script dies reading it (utf-8-sig), leaving the rest of its batch as it is.
            return FileVerdict.crash(path + ": UnicodeDecodeError: " + e.getMessage() + "\n");
          }
          return FileVerdict.fixed(
              Arrays.copyOfRange(content, 3, content.length),
              path + ": removed byte-order marker\n");
        });
  }
}
