package dev.precommit.hooks.builtin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a file starts with {@code #!}: the two bytes the kernel looks at to run a script. */
final class Shebang {
  private Shebang() {}

  static boolean present(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] first = in.readNBytes(2);
      return first.length == 2 && first[0] == '#' && first[1] == '!';
    }
  }
}
