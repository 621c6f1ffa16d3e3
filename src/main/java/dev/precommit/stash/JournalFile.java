package dev.precommit.stash;

import dev.precommit.FatalException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The crash record of one open stash: what has been written so far, and where. */
final class JournalFile {
  private final Path file;
  private final Path root;
  private StashJournal current;

  JournalFile(Path file, Path root) {
    this.file = file;
    this.root = root;
  }

  Path file() {
    return file;
  }

  /** The record so far, or a fresh one for this process when nothing was written yet. */
  StashJournal current() {
    if (current != null) {
      return current;
    }
    ProcessHandle self = ProcessHandle.current();
    long start = self.info().startInstant().map(i -> i.toEpochMilli()).orElse(-1L);
    return new StashJournal(
        self.pid(),
        start,
        StashJournal.Phase.CLEARING_INTENT_TO_ADD,
        root,
        null,
        null,
        List.of(),
        List.of());
  }

  boolean written() {
    return current != null;
  }

  void write(StashJournal journal) {
    try {
      journal.write(file);
    } catch (IOException e) {
      throw new FatalException("cannot write the stash record " + file + ": " + e.getMessage(), e);
    }
    current = journal;
  }

  void delete() {
    try {
      DurableFile.delete(file);
    } catch (IOException e) {
      throw new FatalException("cannot delete the stash record " + file + ": " + e.getMessage(), e);
    }
    current = null;
  }
}
