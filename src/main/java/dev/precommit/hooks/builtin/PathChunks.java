package dev.precommit.hooks.builtin;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits paths into argv-sized groups. A check gets every file at once (the Python scripts get
 * pre-commit's xargs batches), so a git command that takes paths is run once per group to stay
 * under the kernel's limit on one command line.
 */
final class PathChunks {
  private static final int MAX_CHARS = 64 * 1024;
  private static final int MAX_PATHS = 2048;

  private PathChunks() {}

  static List<List<String>> of(List<String> paths) {
    List<List<String>> chunks = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int chars = 0;
    for (String path : paths) {
      if (!current.isEmpty()
          && (chars + path.length() + 1 > MAX_CHARS || current.size() >= MAX_PATHS)) {
        chunks.add(current);
        current = new ArrayList<>();
        chars = 0;
      }
      current.add(path);
      chars += path.length() + 1;
    }
    if (!current.isEmpty()) {
      chunks.add(current);
    }
    return chunks;
  }
}
