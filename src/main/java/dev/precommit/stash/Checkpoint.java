package dev.precommit.stash;

/**
 * Called as a stash passes each step, in order. Production code passes {@link #NONE}; the crash
 * tests use it to stop a real process at an exact step and kill it there.
 */
@FunctionalInterface
public interface Checkpoint {
  Checkpoint NONE = step -> {};

  /** The steps of a stash, in the order they happen. */
  enum Step {
    /** The crash record names the intent-to-add files; the index is not touched yet. */
    INTENT_TO_ADD_RECORDED,
    /** Intent-to-add entries are out of the index. */
    INTENT_TO_ADD_CLEARED,
    /** Patch, copies and crash record are on disk; the working tree is not touched yet. */
    PATCH_SAVED,
    /** The working tree holds the index's content: hooks run now. */
    CHECKED_OUT,
    /** The unstaged changes are back in the working tree. */
    PATCH_APPLIED,
    /** Intent-to-add entries are back; only the crash record remains to delete. */
    INTENT_TO_ADD_RESTORED
  }

  void reached(Step step);
}
