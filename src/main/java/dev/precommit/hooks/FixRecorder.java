package dev.precommit.hooks;

import java.util.function.UnaryOperator;

/**
 * Told of each file a built-in fixer rewrote, with the fix as a function, so that the stash can fix
 * the user's unstaged version of the file the same way instead of applying the unstaged changes on
 * top of the fixed file (which collides when they are near each other). Only files it {@link
 * #wants} are reported: the others need nothing, and the pass need not keep their bytes.
 */
public interface FixRecorder {
  /** Wants nothing: runs that stash nothing. */
  FixRecorder NONE =
      new FixRecorder() {
        @Override
        public boolean wants(String path) {
          return false;
        }

        @Override
        public void written(String path, byte[] before, byte[] after, UnaryOperator<byte[]> fix) {}
      };

  /** True when a rewrite of {@code path} (repository-relative) should be reported. */
  boolean wants(String path);

  /**
   * Reports that {@code path} held {@code before} and now holds {@code after}, written by the
   * built-ins whose fixes {@code fix} applies, in order, with the same arguments. {@code fix} is
   * pure and thread-safe; it returns null for content one of them cannot fix (it reported a problem
   * it did not fix, or threw), and must not be given {@code before}'s or {@code after}'s array to
   * keep. Called from any thread, after the file is written.
   */
  void written(String path, byte[] before, byte[] after, UnaryOperator<byte[]> fix);
}
