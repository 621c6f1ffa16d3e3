package dev.precommit.stash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link StagedFilesOnly#builtinFixWritten}: a built-in's fix to a partially staged file is applied
 * to the user's content on close instead of merging with it, unless another hook changed the file
 * too or the fix does not apply to the user's content; then pre-commit's rule holds.
 */
class BuiltinFixInStashTest {
  @TempDir Path dir;

  private static final String HEAD = "one\ntwo\nthree\nfour\nfive\nsix\nseven\n";
  private static final String STAGED = "one\ntwo\nthree   \nfour\nfive\nsix\nseven\n";
  private static final String UNSTAGED = "one\ntwo\nthree   \nfour\nfive edited  \nsix\nseven\n";

  /** trailing-whitespace's fix: spaces and tabs before each line end go, line ends stay. */
  static final UnaryOperator<byte[]> STRIP =
      bytes -> {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int lineStart = 0;
        for (int i = 0; i <= bytes.length; i++) {
          if (i == bytes.length || bytes[i] == '\n') {
            int end = i;
            boolean cr = end > lineStart && bytes[end - 1] == '\r';
            if (cr) {
              end--;
            }
            while (end > lineStart && (bytes[end - 1] == ' ' || bytes[end - 1] == '\t')) {
              end--;
            }
            out.write(bytes, lineStart, end - lineStart);
            if (cr) {
              out.write('\r');
            }
            if (i < bytes.length) {
              out.write('\n');
            }
            lineStart = i + 1;
          }
        }
        return out.toByteArray();
      };

  private static final UnaryOperator<byte[]> UPPER =
      bytes ->
          new String(bytes, StandardCharsets.ISO_8859_1)
              .toUpperCase(java.util.Locale.ROOT)
              .getBytes(StandardCharsets.ISO_8859_1);

  private StashFixture partiallyStaged() {
    StashFixture f = new StashFixture(dir);
    f.repo.write("a.txt", HEAD).stageAll().commit("init");
    f.repo.write("a.txt", STAGED).stage("a.txt");
    f.repo.write("a.txt", UNSTAGED);
    return f;
  }

  /** What the engine's fused pass does: fix the file in place, then tell the stash. */
  private static void builtinFix(
      StashFixture f, StagedFilesOnly stash, String path, UnaryOperator<byte[]> fix)
      throws IOException {
    Path file = f.repo.path(path);
    byte[] before = Files.readAllBytes(file);
    byte[] after = fix.apply(before.clone());
    Files.write(file, after);
    stash.builtinFixWritten(path, before, after, fix);
  }

  @Test
  void aFixNextToAnUnstagedEditEndsAsTheFixedUsersContentWithNoConflict() throws Exception {
    StashFixture f = partiallyStaged();
    String index = f.index();
    try (RepoLock lock = f.lock();
        StagedFilesOnly stash = f.enter(lock)) {
      builtinFix(f, stash, "a.txt", STRIP);
      assertThat(f.repo.read("a.txt"))
          .as("later hooks see the fixed staged content")
          .isEqualTo("one\ntwo\nthree\nfour\nfive\nsix\nseven\n");
    }
    assertThat(f.repo.read("a.txt")).isEqualTo("one\ntwo\nthree\nfour\nfive edited\nsix\nseven\n");
    assertThat(f.index()).isEqualTo(index);
    assertThat(f.output()).doesNotContain("Rolling back").contains("[INFO] Restored changes");
    assertThat(f.repo.path(".git/" + StashJournal.FILE_NAME)).doesNotExist();
  }

  @Test
  void fixesOfSeveralPassesCompose() throws Exception {
    StashFixture f = partiallyStaged();
    try (RepoLock lock = f.lock();
        StagedFilesOnly stash = f.enter(lock)) {
      builtinFix(f, stash, "a.txt", STRIP);
      builtinFix(f, stash, "a.txt", UPPER);
    }
    assertThat(f.repo.read("a.txt")).isEqualTo("ONE\nTWO\nTHREE\nFOUR\nFIVE EDITED\nSIX\nSEVEN\n");
    assertThat(f.output()).doesNotContain("Rolling back");
  }

  @Test
  void anExternalHooksChangeAfterTheFixKeepsPreCommitsRollback() throws Exception {
    StashFixture f = partiallyStaged();
    String index = f.index();
    try (RepoLock lock = f.lock();
        StagedFilesOnly stash = f.enter(lock)) {
      builtinFix(f, stash, "a.txt", STRIP);
      f.repo.write("a.txt", f.repo.read("a.txt").replace("four", "FOUR"));
    }
    assertThat(f.repo.read("a.txt")).isEqualTo(UNSTAGED);
    assertThat(f.index()).isEqualTo(index);
    assertThat(f.output())
        .contains("[WARNING] Stashed changes conflicted with hook auto-fixes... Rolling back");
  }

  @Test
  void anExternalHooksChangeBeforeTheFixKeepsPreCommitsRollback() throws Exception {
    StashFixture f = partiallyStaged();
    try (RepoLock lock = f.lock();
        StagedFilesOnly stash = f.enter(lock)) {
      f.repo.write("a.txt", f.repo.read("a.txt").replace("four", "FOUR"));
      builtinFix(f, stash, "a.txt", STRIP);
    }
    assertThat(f.repo.read("a.txt")).isEqualTo(UNSTAGED);
    assertThat(f.output()).contains("Rolling back fixes...");
  }

  @Test
  void anExternalHooksChangeThatDoesNotCollideIsKeptWithTheFixAsPreCommitDoes() throws Exception {
    StashFixture f = new StashFixture(dir);
    String head = "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\neleven\n";
    f.repo.write("a.txt", head).stageAll().commit("init");
    f.repo.write("a.txt", head.replace("two", "two  ")).stage("a.txt");
    f.repo.write("a.txt", head.replace("two", "two  ").replace("ten", "ten edited  "));
    try (RepoLock lock = f.lock();
        StagedFilesOnly stash = f.enter(lock)) {
      builtinFix(f, stash, "a.txt", STRIP);
      f.repo.write("a.txt", f.repo.read("a.txt").replace("one", "ONE"));
    }
    // pre-commit's result: both hooks' fixes, the unstaged line on top as it was (not fixed).
    assertThat(f.repo.read("a.txt"))
        .isEqualTo(head.replace("one", "ONE").replace("ten", "ten edited  "));
    assertThat(f.output()).doesNotContain("Rolling back");
  }

  @Test
  void aFixThatCannotFixTheUsersContentKeepsPreCommitsRule() throws Exception {
    StashFixture f = partiallyStaged();
    UnaryOperator<byte[]> pickyStrip =
        bytes ->
            new String(bytes, StandardCharsets.UTF_8).contains("edited")
                ? null
                : STRIP.apply(bytes);
    try (RepoLock lock = f.lock();
        StagedFilesOnly stash = f.enter(lock)) {
      builtinFix(f, stash, "a.txt", pickyStrip);
    }
    assertThat(f.repo.read("a.txt")).isEqualTo(UNSTAGED);
    assertThat(f.output()).contains("Rolling back fixes...");
  }

  @Test
  void aFixThatThrowsOnTheUsersContentKeepsPreCommitsRule() throws Exception {
    StashFixture f = partiallyStaged();
    UnaryOperator<byte[]> throwing =
        bytes -> {
          if (new String(bytes, StandardCharsets.UTF_8).contains("edited")) {
            throw new IllegalStateException("boom");
          }
          return STRIP.apply(bytes);
        };
    try (RepoLock lock = f.lock();
        StagedFilesOnly stash = f.enter(lock)) {
      builtinFix(f, stash, "a.txt", throwing);
    }
    assertThat(f.repo.read("a.txt")).isEqualTo(UNSTAGED);
    assertThat(f.output()).contains("Rolling back fixes...");
  }

  @Test
  void aBuiltinFixSurvivesTheRollbackAnExternalHookCausesElsewhere() throws Exception {
    StashFixture f = partiallyStaged();
    f.repo.write("b.txt", "b\n").stage("b.txt").commit("b");
    f.repo.write("b.txt", "b unstaged\n");
    try (RepoLock lock = f.lock();
        StagedFilesOnly stash = f.enter(lock)) {
      builtinFix(f, stash, "a.txt", STRIP);
      f.repo.write("b.txt", "b fixed\n");
    }
    assertThat(f.output()).contains("Rolling back fixes...");
    assertThat(f.repo.read("b.txt")).isEqualTo("b unstaged\n");
    assertThat(f.repo.read("a.txt")).isEqualTo("one\ntwo\nthree\nfour\nfive edited\nsix\nseven\n");
  }

  @Test
  void crlfFilesUnderAutocrlfAreFixedInTheirOwnLineEndings() throws Exception {
    StashFixture f = new StashFixture(dir);
    Files.writeString(
        f.repo.path(".git/config"), "[core]\n\tautocrlf = true\n", StandardOpenOption.APPEND);
    f.repo.write("a.txt", HEAD.replace("\n", "\r\n")).stageAll().commit("init");
    f.repo.write("a.txt", STAGED.replace("\n", "\r\n")).stage("a.txt");
    f.repo.write("a.txt", UNSTAGED.replace("\n", "\r\n"));
    String index = f.index();
    try (RepoLock lock = f.lock();
        StagedFilesOnly stash = f.enter(lock)) {
      assertThat(f.repo.read("a.txt")).contains("three   \r\n");
      builtinFix(f, stash, "a.txt", STRIP);
    }
    assertThat(f.repo.read("a.txt"))
        .isEqualTo("one\ntwo\nthree\nfour\nfive edited\nsix\nseven\n".replace("\n", "\r\n"));
    assertThat(f.index()).isEqualTo(index);
    assertThat(f.output()).doesNotContain("Rolling back");
  }

  @Test
  void aFileWithNoUnstagedChangesIsLeftAsTheFixerWroteIt() throws Exception {
    StashFixture f = partiallyStaged();
    f.repo.write("b.txt", "b  \n").stage("b.txt");
    try (RepoLock lock = f.lock();
        StagedFilesOnly stash = f.enter(lock)) {
      assertThat(stash.partiallyStaged()).containsExactly("a.txt");
      builtinFix(f, stash, "b.txt", STRIP);
    }
    assertThat(f.repo.read("b.txt")).isEqualTo("b\n");
    assertThat(f.repo.git("show", ":b.txt")).isEqualTo("b  \n");
  }

  @Test
  void anIntentToAddFileIsNotStashedAndNeedsNothing() throws Exception {
    StashFixture f = partiallyStaged();
    f.repo.write("new.txt", "new  \n").git("add", "-N", "--", "new.txt");
    try (RepoLock lock = f.lock();
        StagedFilesOnly stash = f.enter(lock)) {
      assertThat(stash.partiallyStaged()).containsExactly("a.txt");
      builtinFix(f, stash, "a.txt", STRIP);
      stash.builtinFixWritten("new.txt", new byte[0], new byte[0], STRIP);
    }
    assertThat(f.repo.read("new.txt")).isEqualTo("new  \n");
    assertThat(f.repo.git("diff", "--name-only")).contains("new.txt");
    assertThat(f.repo.read("a.txt")).isEqualTo("one\ntwo\nthree\nfour\nfive edited\nsix\nseven\n");
    assertThat(f.output()).doesNotContain("Rolling back");
  }

  @Test
  void aFixReportedAfterTheStashClosedIsIgnored() throws Exception {
    StashFixture f = partiallyStaged();
    StagedFilesOnly stash;
    try (RepoLock lock = f.lock()) {
      stash = f.enter(lock);
      stash.close();
      stash.builtinFixWritten("a.txt", new byte[0], new byte[0], STRIP);
    }
    assertThat(f.repo.read("a.txt")).isEqualTo(UNSTAGED);
    StagedFilesOnly.inactive().builtinFixWritten("a.txt", new byte[0], new byte[0], STRIP);
  }
}
