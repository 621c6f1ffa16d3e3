package dev.precommit.select;

import java.util.List;

/** Placeholder until the select branch lands: pre-commit's deterministic shuffle. */
public final class FileOrder {
  private FileOrder() {}

  public static List<String> shuffle(List<String> files) {
    return List.copyOf(files);
  }
}
