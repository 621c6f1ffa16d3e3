package dev.precommit.stash;

import dev.precommit.output.Output;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Takes {@code git add -N} entries out of the index for the duration of a run and puts them back on
 * close. An intent-to-add entry makes {@code git write-tree} fail and would make the unstaged diff
 * add the whole file, so pre-commit clears them first (the outer of its two scopes).
 */
public final class IntentToAddCleared implements AutoCloseable {
  private final StashGit git;
  private final List<String> files;
  private final Checkpoint checkpoint;
  private boolean closed;

  private IntentToAddCleared(StashGit git, List<String> files, Checkpoint checkpoint) {
    this.git = git;
    this.files = files;
    this.checkpoint = checkpoint;
  }

  static IntentToAddCleared enter(
      StashGit git, Output out, JournalFile journal, Checkpoint checkpoint) {
    List<String> files = git.repo().intentToAddFiles();
    if (files.isEmpty()) {
      return new IntentToAddCleared(git, List.of(), checkpoint);
    }
    out.warn("Unstaged intent-to-add files detected.");
    StashJournal base = journal.current();
    journal.write(
        new StashJournal(
            base.pid(),
            base.processStart(),
            StashJournal.Phase.CLEARING_INTENT_TO_ADD,
            base.root(),
            null,
            null,
            files,
            List.of()));
    checkpoint.reached(Checkpoint.Step.INTENT_TO_ADD_RECORDED);
    git.check(
        Map.of(),
        StashGit.nulTerminated(files),
        "--literal-pathspecs",
        "rm",
        "--cached",
        "-q",
        "--pathspec-from-file=-",
        "--pathspec-file-nul");
    checkpoint.reached(Checkpoint.Step.INTENT_TO_ADD_CLEARED);
    return new IntentToAddCleared(git, List.copyOf(files), checkpoint);
  }

  /** The intent-to-add paths taken out of the index. */
  public List<String> files() {
    return files;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (files.isEmpty()) {
      return;
    }
    readd(git, files);
    checkpoint.reached(Checkpoint.Step.INTENT_TO_ADD_RESTORED);
  }

  /** {@code git add -N} for those of {@code files} still in the working tree. */
  static void readd(StashGit git, List<String> files) {
    List<String> existing = new ArrayList<>();
    Path root = git.repo().root();
    for (String file : files) {
      if (Files.exists(root.resolve(file), LinkOption.NOFOLLOW_LINKS)) {
        existing.add(file);
      }
    }
    if (existing.isEmpty()) {
      return;
    }
    git.check(
        Map.of(),
        StashGit.nulTerminated(existing),
        "--literal-pathspecs",
        "add",
        "--intent-to-add",
        "--force",
        "--pathspec-from-file=-",
        "--pathspec-file-nul");
  }
}
