package dev.precommit.stash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precommit.FatalException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StagedFilesOnlyTest {
  @TempDir Path dir;

  private StashFixture committed(String file, String content) {
    StashFixture f = new StashFixture(dir);
    f.repo.write(file, content).stage(file).commit("init");
    return f;
  }

  @Test
  void nothingUnstagedTouchesNothingAndPrintsNothing() {
    StashFixture f = committed("a.txt", "a\n");
    f.repo.write("a.txt", "staged\n").stage("a.txt");
    try (RepoLock lock = f.lock();
        StagedFilesOnly stash = f.enter(lock)) {
      assertThat(stash.patch()).isNull();
      assertThat(f.repo.read("a.txt")).isEqualTo("staged\n");
    }
    assertThat(f.output()).isEmpty();
    assertThat(f.repo.read("a.txt")).isEqualTo("staged\n");
  }

  @Test
  void unstagedChangesAreHiddenDuringTheRunAndRestoredWithPreCommitsMessages() throws Exception {
    StashFixture f = committed("a.txt", "a\n");
    f.repo.write("a.txt", "staged\n").stage("a.txt").write("a.txt", "unstaged\n");
    Path patch;
    try (RepoLock lock = f.lock();
        StagedFilesOnly stash = f.enter(lock)) {
      patch = stash.patch();
      assertThat(f.repo.read("a.txt")).isEqualTo("staged\n");
      assertThat(Files.exists(lock.journal())).isTrue();
    }
    assertThat(f.repo.read("a.txt")).isEqualTo("unstaged\n");
    assertThat(patch.getFileName().toString())
        .matches("patch[0-9]+-" + ProcessHandle.current().pid());
    assertThat(patch.getParent()).isEqualTo(f.cache);
    assertThat(f.output())
        .isEqualTo(
            "[WARNING] Unstaged files detected.\n"
                + "[INFO] Stashing unstaged files to "
                + patch
                + ".\n"
                + "[INFO] Restored changes from "
                + patch
                + ".\n");
    assertThat(Files.exists(patch)).as("the patch is never deleted").isTrue();
    assertThat(Files.readString(patch)).contains("-staged", "+unstaged");
    assertThat(Files.exists(StashJournal.location(f.repo.root().resolve(".git")))).isFalse();
    assertThat(f.repo.git("diff", "--cached", "--name-only")).isEqualTo("a.txt\n");
  }

  @Test
  void hookFixThatDoesNotCollideIsKeptAlongsideTheUnstagedChange() throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 20; i++) {
      lines.append("line").append(i).append('\n');
    }
    StashFixture f = committed("a.txt", lines.toString());
    String unstaged = lines.toString().replace("line20\n", "line20 unstaged\n");
    f.repo.write("a.txt", unstaged);
    try (RepoLock lock = f.lock();
        StagedFilesOnly stash = f.enter(lock)) {
      f.repo.write("a.txt", lines.toString().replace("line1\n", "LINE1\n"));
    }
    assertThat(f.repo.read("a.txt")).isEqualTo(unstaged.replace("line1\n", "LINE1\n"));
    assertThat(f.output()).doesNotContain("conflicted");
  }

  @Test
  void collidingHookFixIsRolledBackAndTheUserWins() throws Exception {
    StashFixture f = committed("a.txt", "one\ntwo\n");
    f.repo.write("b.txt", "b\n").stage("b.txt").commit("b");
    f.repo.write("a.txt", "one\ntwo changed\n");
    try (RepoLock lock = f.lock();
        StagedFilesOnly stash = f.enter(lock)) {
      f.repo.write("a.txt", "one fixed\ntwo\n");
      f.repo.write("b.txt", "b fixed\n");
    }
    assertThat(f.repo.read("a.txt")).isEqualTo("one\ntwo changed\n");
    assertThat(f.repo.read("b.txt"))
        .as("every fix is rolled back, as in pre-commit")
        .isEqualTo("b\n");
    String patch = f.patchFromOutput();
    assertThat(f.output())
        .isEqualTo(
            "[WARNING] Unstaged files detected.\n"
                + "[INFO] Stashing unstaged files to "
                + patch
                + ".\n"
                + "[WARNING] Stashed changes conflicted with hook auto-fixes... Rolling back"
                + " fixes...\n"
                + "[INFO] Restored changes from "
                + patch
                + ".\n");
  }

  @Test
  void aHookThatThrowsStillGetsTheChangesRestored() {
    StashFixture f = committed("a.txt", "a\n");
    f.repo.write("a.txt", "unstaged\n");
    assertThatThrownBy(
            () -> {
              try (RepoLock lock = f.lock();
                  StagedFilesOnly stash = f.enter(lock)) {
                f.repo.write("a.txt", "half-written");
                throw new IllegalStateException("hook crashed");
              }
            })
        .hasMessage("hook crashed");
    assertThat(f.repo.read("a.txt")).isEqualTo("unstaged\n");
  }

  @Test
  void binaryAndNonUtf8ContentRoundTrips() throws Exception {
    byte[] png = new byte[600];
    for (int i = 0; i < png.length; i++) {
      png[i] = (byte) (i * 31);
    }
    StashFixture f = new StashFixture(dir);
    f.repo.write("img.png", png).write("latin1.txt", new byte[] {'c', 'a', 'f', (byte) 0xe9, '\n'});
    f.repo.stageAll().commit("init");
    byte[] changed = png.clone();
    changed[100] = 0;
    changed[599] = 7;
    f.repo.write("img.png", changed).write("latin1.txt", new byte[] {(byte) 0xff, (byte) 0xfe});
    try (RepoLock lock = f.lock();
        StagedFilesOnly stash = f.enter(lock)) {
      assertThat(Files.readAllBytes(f.repo.path("img.png"))).isEqualTo(png);
    }
    assertThat(Files.readAllBytes(f.repo.path("img.png"))).isEqualTo(changed);
    assertThat(Files.readAllBytes(f.repo.path("latin1.txt")))
        .isEqualTo(new byte[] {(byte) 0xff, (byte) 0xfe});
  }

  @ParameterizedTest
  @CsvSource({
    "true, CRLF, LF",
    "true, LF, CRLF",
    "true, CRLF, CRLF",
    "input, CRLF, LF",
    "input, LF, CRLF",
    "false, CRLF, LF",
    "false, LF, CRLF",
    "false, CRLF, CRLF"
  })
  void crlfAndAutocrlfMatrixKeepsTheExactBytes(String autocrlf, String before, String after)
      throws Exception {
    StashFixture f = new StashFixture(dir);
    f.repo.git("config", "core.autocrlf", autocrlf);
    String eol1 = before.equals("CRLF") ? "\r\n" : "\n";
    String eol2 = after.equals("CRLF") ? "\r\n" : "\n";
    f.repo.write("a.txt", "1" + eol1 + "2" + eol1).stage("a.txt").commit("init");
    byte[] unstaged = ("1" + eol2 + "2" + eol2 + "3" + eol2).getBytes(StandardCharsets.UTF_8);
    f.repo.write("a.txt", unstaged);
    Map<String, String> before1 = StashFixture.worktree(f.repo.root());
    String index = f.index();
    try (RepoLock lock = f.lock();
        StagedFilesOnly stash = f.enter(lock)) {
      assertThat(f.repo.read("a.txt")).doesNotContain("3");
    }
    assertThat(Files.readAllBytes(f.repo.path("a.txt"))).isEqualTo(unstaged);
    assertThat(StashFixture.worktree(f.repo.root())).isEqualTo(before1);
    assertThat(f.index()).isEqualTo(index);
  }

  @Test
  void externalDiffToolsAndColorConfigAreIgnored() throws Exception {
    StashFixture f = committed("a.txt", "a\n");
    f.repo.git("config", "diff.external", "false");
    f.repo.git("config", "color.diff", "always");
    f.repo.write("a.txt", "unstaged\n");
    try (RepoLock lock = f.lock();
        StagedFilesOnly stash = f.enter(lock)) {
      assertThat(f.repo.read("a.txt")).isEqualTo("a\n");
      assertThat(Files.readString(stash.patch())).doesNotContain("\033[");
    }
    assertThat(f.repo.read("a.txt")).isEqualTo("unstaged\n");
  }

  @Test
  void intentToAddFilesLeaveTheIndexDuringTheRunAndComeBack() {
    StashFixture f = committed("a.txt", "a\n");
    f.repo.write("new.txt", "new\n").git("add", "--intent-to-add", "--", "new.txt");
    f.repo.write("a.txt", "unstaged\n");
    String index = f.index();
    try (RepoLock lock = f.lock();
        StagedFilesOnly stash = f.enter(lock)) {
      assertThat(f.repo.git("ls-files")).isEqualTo("a.txt\n");
      assertThat(f.repo.read("new.txt")).isEqualTo("new\n");
    }
    assertThat(f.index()).isEqualTo(index).contains("ita: new.txt");
    assertThat(f.output()).startsWith("[WARNING] Unstaged intent-to-add files detected.\n");
    assertThat(f.repo.read("a.txt")).isEqualTo("unstaged\n");
  }

  @Test
  void fileNamesWithPathspecMagicAreTakenLiterally() {
    StashFixture f = committed("x", "x\n");
    f.repo.write("*", "star\n").write("xy", "xy\n").git("add", "-N", "--", "*");
    String index = f.index();
    try (RepoLock lock = f.lock();
        StagedFilesOnly stash = f.enter(lock)) {
      assertThat(f.repo.git("ls-files")).isEqualTo("x\n");
    }
    assertThat(f.index()).isEqualTo(index);
  }

  @Test
  void aFailedDiffTouchesNothing() throws Exception {
    StashFixture f = committed("a.txt", "a\n");
    f.repo.write("a.txt", "unstaged\n");
    // A clean filter that fails makes git diff-index fail (exit 128), as unreadable files do.
    f.repo.write(".gitattributes", "*.txt filter=broken\n");
    f.repo.git("config", "filter.broken.clean", "false");
    f.repo.git("config", "filter.broken.required", "true");
    try (RepoLock lock = f.lock()) {
      assertThatThrownBy(
              () ->
                  UnstagedChangesCleared.enter(
                      new StashGit(lock.repo()),
                      f.cache,
                      f.out,
                      new JournalFile(lock.journal(), lock.repo().root()),
                      Checkpoint.NONE))
          .isInstanceOf(FatalException.class)
          .hasMessageStartingWith("precommit failed to diff -- perhaps due to permissions?");
      assertThatThrownBy(() -> f.enter(lock)).isInstanceOf(FatalException.class);
      assertThat(Files.exists(lock.journal())).isFalse();
    }
    assertThat(f.repo.read("a.txt")).isEqualTo("unstaged\n");
    assertThat(f.output()).isEmpty();
    assertThat(f.cache).doesNotExist();
  }

  @Test
  void checkoutDoesNotTriggerPostCheckoutHooks() throws Exception {
    StashFixture f = committed("a.txt", "a\n");
    Path hook = f.repo.path(".git/hooks/post-checkout");
    Files.createDirectories(hook.getParent());
    Files.writeString(
        hook,
        "#!/bin/sh\n"
            + "echo \"skip=$_PRE_COMMIT_SKIP_POST_CHECKOUT\" >> \"$(git rev-parse"
            + " --git-dir)/pc.log\"\n");
    f.repo.executable(".git/hooks/post-checkout");
    f.repo.write("a.txt", "unstaged\n");
    try (RepoLock lock = f.lock();
        StagedFilesOnly stash = f.enter(lock)) {
      f.repo.write("a.txt", "fix that collides\n");
    }
    Path log = f.repo.path(".git/pc.log");
    if (Files.exists(log)) {
      assertThat(Files.readAllLines(log)).allMatch(l -> l.equals("skip=1"));
    }
    assertThat(f.repo.read("a.txt")).isEqualTo("unstaged\n");
  }

  @Test
  void executableBitAndDeletionAreUnstagedChangesToo() throws Exception {
    StashFixture f = new StashFixture(dir);
    f.repo.write("run.sh", "echo\n").write("gone.txt", "g\n").stageAll().commit("init");
    f.repo.executable("run.sh");
    Files.delete(f.repo.path("gone.txt"));
    Map<String, String> before = StashFixture.worktree(f.repo.root());
    try (RepoLock lock = f.lock();
        StagedFilesOnly stash = f.enter(lock)) {
      assertThat(f.repo.path("gone.txt")).exists();
      assertThat(Files.isExecutable(f.repo.path("run.sh"))).isFalse();
    }
    assertThat(StashFixture.worktree(f.repo.root())).isEqualTo(before);
  }

  @Test
  void unmergedFilesRefuseWithPreCommitsMessageAndTouchNothing() {
    StashFixture f = committed("a.txt", "base\n");
    f.repo.git("checkout", "-q", "-b", "other");
    f.repo.write("a.txt", "other\n").stage("a.txt").commit("other");
    f.repo.git("checkout", "-q", "main");
    f.repo.write("a.txt", "main\n").stage("a.txt").commit("main");
    assertThat(f.repo.gitResult("merge", "-q", "other").exitCode()).isNotZero();
    String conflicted = f.repo.read("a.txt");
    try (RepoLock lock = f.lock()) {
      assertThatThrownBy(() -> f.enter(lock))
          .isInstanceOf(FatalException.class)
          .hasMessage("Unmerged files.  Resolve before committing.");
    }
    assertThat(f.repo.read("a.txt")).isEqualTo(conflicted);
    assertThat(f.repo.path(".git/MERGE_HEAD")).exists();
  }

  @Test
  void aResolvedMergeKeepsMergeHeadAndMergeMsgThroughTheStash() throws Exception {
    StashFixture f = committed("a.txt", "base\n");
    f.repo.write("b.txt", "b\n").stage("b.txt").commit("b");
    f.repo.git("checkout", "-q", "-b", "other");
    f.repo.write("a.txt", "other\n").stage("a.txt").commit("other");
    f.repo.git("checkout", "-q", "main");
    f.repo.write("a.txt", "main\n").stage("a.txt").commit("main");
    assertThat(f.repo.gitResult("merge", "-q", "other").exitCode()).isNotZero();
    f.repo.write("a.txt", "resolved\n").stage("a.txt");
    f.repo.write("b.txt", "unstaged work\n");
    byte[] mergeHead = Files.readAllBytes(f.repo.path(".git/MERGE_HEAD"));
    byte[] mergeMsg = Files.readAllBytes(f.repo.path(".git/MERGE_MSG"));
    try (RepoLock lock = f.lock();
        StagedFilesOnly stash = f.enter(lock)) {
      assertThat(f.repo.read("b.txt")).isEqualTo("b\n");
      assertThat(f.git().isInMergeConflict()).isTrue();
    }
    assertThat(Files.readAllBytes(f.repo.path(".git/MERGE_HEAD"))).isEqualTo(mergeHead);
    assertThat(Files.readAllBytes(f.repo.path(".git/MERGE_MSG"))).isEqualTo(mergeMsg);
    assertThat(f.repo.read("b.txt")).isEqualTo("unstaged work\n");
    f.repo.git("commit", "-q", "--no-edit", "--no-verify");
    assertThat(f.repo.git("rev-list", "--parents", "-n", "1", "HEAD").trim().split(" ")).hasSize(3);
  }

  @Test
  void aRebaseInProgressStashesAndContinues() throws Exception {
    StashFixture f = committed("a.txt", "base\n");
    f.repo.write("b.txt", "b\n").stage("b.txt").commit("b");
    f.repo.git("checkout", "-q", "-b", "topic");
    f.repo.write("a.txt", "topic\n").stage("a.txt").commit("topic");
    f.repo.git("checkout", "-q", "main");
    f.repo.write("a.txt", "main\n").stage("a.txt").commit("main");
    f.repo.git("checkout", "-q", "topic");
    assertThat(f.repo.gitResult("rebase", "main").exitCode()).isNotZero();
    Path rebaseDir = f.repo.path(".git/rebase-merge");
    assertThat(rebaseDir).isDirectory();
    f.repo.write("a.txt", "resolved\n").stage("a.txt");
    f.repo.write("b.txt", "unstaged during rebase\n");
    try (RepoLock lock = f.lock();
        StagedFilesOnly stash = f.enter(lock)) {
      assertThat(f.repo.read("b.txt")).isEqualTo("b\n");
    }
    assertThat(rebaseDir).isDirectory();
    assertThat(f.repo.read("b.txt")).isEqualTo("unstaged during rebase\n");
    // What git commit does after its pre-commit hook passed, then the rebase goes on.
    f.repo.git("commit", "-q", "--no-edit", "--no-verify");
    assertThat(f.repo.read("b.txt")).isEqualTo("unstaged during rebase\n");
    f.repo.git("checkout", "--", "b.txt");
    f.repo.git("-c", "core.editor=true", "rebase", "--continue");
    assertThat(rebaseDir).doesNotExist();
    assertThat(f.repo.git("log", "--format=%s")).isEqualTo("topic\nmain\nb\ninit\n");
  }

  @Test
  void aSecondRunWaitsThenFailsAndNeverStashesOnTopOfTheFirst() {
    StashFixture f = committed("a.txt", "a\n");
    f.repo.write("a.txt", "unstaged\n");
    try (RepoLock lock = f.lock();
        StagedFilesOnly stash = f.enter(lock)) {
      assertThatThrownBy(f::lock)
          .isInstanceOf(FatalException.class)
          .hasMessage(
              "Another precommit run (pid "
                  + ProcessHandle.current().pid()
                  + ") is still running in this repository; wait for it to finish (or stop it)"
                  + " and try again.");
      assertThat(f.output())
          .contains("[INFO] Waiting for another precommit run in this repository\u2026\n");
    }
    assertThat(f.repo.read("a.txt")).isEqualTo("unstaged\n");
    try (RepoLock again = f.lock()) {
      assertThat(again.gitDir()).isEqualTo(f.repo.root().resolve(".git"));
    }
  }

  private static final java.util.function.UnaryOperator<byte[]> UPPER =
      bytes ->
          new String(bytes, StandardCharsets.ISO_8859_1)
              .toUpperCase(java.util.Locale.ROOT)
              .getBytes(StandardCharsets.ISO_8859_1);

  @Test
  void builtinFixOfAPartiallyStagedFileFixesStagedAndUnstagedContentSeparately() throws Exception {
    StashFixture f = committed("a.txt", "one\ntwo\n");
    f.repo.write("b.txt", "b\n").stage("b.txt").commit("b");
    f.repo.write("a.txt", "one\ntwo staged\n").stage("a.txt");
    f.repo.write("a.txt", "one\ntwo staged\nthree unstaged\n");
    f.repo.write("b.txt", "b unstaged\n");
    try (RepoLock lock = f.lock();
        StagedFilesOnly stash = f.enter(lock)) {
      assertThat(stash.partiallyStaged()).containsExactlyInAnyOrder("a.txt", "b.txt");
      // The engine's fused pass fixes the staged content it sees...
      Files.write(f.repo.path("a.txt"), UPPER.apply(Files.readAllBytes(f.repo.path("a.txt"))));
      stash.applyFixToStagedAndWorkingCopy("a.txt", UPPER);
      // ...while an external hook's fix collides with the user's lines in b.txt.
      f.repo.write("b.txt", "b fixed\n");
    }
    assertThat(f.repo.read("a.txt")).isEqualTo("ONE\nTWO STAGED\nTHREE UNSTAGED\n");
    assertThat(f.repo.git("show", ":a.txt")).isEqualTo("ONE\nTWO STAGED\n");
    assertThat(f.repo.read("b.txt")).isEqualTo("b unstaged\n");
    assertThat(f.output()).contains("Rolling back fixes");
  }

  @Test
  void builtinFixOfTheWorkingCopyOnlyLeavesTheIndexAlone() throws Exception {
    StashFixture f = committed("a.txt", "one\n");
    f.repo.write("a.txt", "one\ntwo\n");
    String index = f.index();
    try (RepoLock lock = f.lock();
        StagedFilesOnly stash = f.enter(lock)) {
      stash.applyFixToWorkingCopy("a.txt", UPPER);
      assertThatThrownBy(() -> stash.applyFixToWorkingCopy("nope.txt", UPPER))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(f.repo.read("a.txt")).isEqualTo("ONE\nTWO\n");
    assertThat(f.index()).isEqualTo(index);
    assertThat(f.output()).doesNotContain("Rolling back");
  }

  @Test
  void anInactiveScopeDoesNothing() {
    try (StagedFilesOnly stash = StagedFilesOnly.inactive()) {
      assertThat(stash.partiallyStaged()).isEmpty();
      assertThat(stash.patch()).isNull();
    }
  }

  @Test
  void submodulesAreLeftAloneEvenWithSubmoduleRecurse() throws Exception {
    StashFixture f = committed("a.txt", "a\n");
    dev.precommit.testing.TempGitRepo sub =
        dev.precommit.testing.TempGitRepo.init(dir.resolve("sub-origin"));
    sub.write("s.txt", "s\n").stageAll().commit("sub");
    f.repo.git(
        "-c", "protocol.file.allow=always", "submodule", "add", "-q", sub.root().toString(), "sub");
    f.repo.commit("add sub");
    f.repo.git("config", "submodule.recurse", "true");
    Files.writeString(f.repo.path("sub/s.txt"), "dirty inside the submodule\n");
    f.repo.write("a.txt", "unstaged\n");
    Map<String, String> before = StashFixture.worktree(f.repo.root());
    try (RepoLock lock = f.lock();
        StagedFilesOnly stash = f.enter(lock)) {
      assertThat(f.repo.read("a.txt")).isEqualTo("a\n");
      assertThat(f.repo.read("sub/s.txt")).isEqualTo("dirty inside the submodule\n");
    }
    assertThat(StashFixture.worktree(f.repo.root())).isEqualTo(before);
  }

  @Test
  void linkedWorktreesHaveTheirOwnLock() {
    StashFixture f = committed("a.txt", "a\n");
    Path other = dir.resolve("linked");
    f.repo.git("worktree", "add", "-q", "-b", "linked", other.toString());
    dev.precommit.git.GitRepo linked = dev.precommit.git.GitRepo.discover(other, f.repo.env());
    try (RepoLock main = f.lock();
        RepoLock second = RepoLock.acquire(linked, f.out, java.time.Duration.ofMillis(100))) {
      assertThat(second.gitDir()).isNotEqualTo(main.gitDir());
    }
  }
}
