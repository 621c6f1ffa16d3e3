package dev.precommit.run;

import dev.precommit.git.GitRepo;
import dev.precommit.output.Output;
import java.util.List;

/** The candidate files of a run, before any hook's filters: pre-commit's {@code _all_filenames}. */
public final class FileSelection {
  private FileSelection() {}

  /**
   * Picks the first that applies: stage without files, message file, refs, --files, --all-files,
   * merge, staged.
   */
  public static List<String> candidates(RunOptions options, GitRepo git, Output output) {
    if (options.hookStage().passesNoFiles()) {
      return List.of();
    }
    if (options.hookStage().passesCommitMessage()) {
      return List.of(options.commitMsgFilename());
    }
    if (options.fromRef() != null && options.toRef() != null) {
      return git.changedFiles(options.fromRef(), options.toRef());
    }
    if (options.files() != null) {
      return options.files();
    }
    if (options.allFiles()) {
      return git.allFiles();
    }
    if (git.isInMergeConflict()) {
      output.info("Checking merge-conflict files only.");
      return git.mergeConflictFiles();
    }
    return git.stagedFiles();
  }
}
