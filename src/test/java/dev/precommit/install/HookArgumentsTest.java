package dev.precommit.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.config.Stage;
import dev.precommit.git.GitRepo;
import dev.precommit.run.RunOptions;
import dev.precommit.testing.TempGitRepo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HookArgumentsTest {
  private static final String Z40 = "0".repeat(40);
  private static final String CONFIG = ".pre-commit-config.yaml";

  @TempDir Path tmp;
  TempGitRepo repo;
  GitRepo git;
  String remoteUrl;

  @BeforeEach
  void setUp() {
    TempGitRepo bare = TempGitRepo.init(tmp.resolve("remote.git"));
    bare.git("config", "core.bare", "true");
    remoteUrl = bare.root().toString();
    repo = TempGitRepo.init(tmp.resolve("work"));
    repo.git("remote", "add", "origin", remoteUrl);
    git = GitRepo.discover(repo.root(), repo.env());
  }

  private RunOptions map(Stage type, String... args) {
    return HookArguments.toRunOptions(type, List.of(args), new byte[0], git, CONFIG).orElseThrow();
  }

  private Optional<RunOptions> push(String stdin) {
    return HookArguments.toRunOptions(
        Stage.PRE_PUSH,
        List.of("origin", remoteUrl),
        stdin.getBytes(StandardCharsets.UTF_8),
        git,
        CONFIG);
  }

  private String commit(String file) {
    repo.write(file, file).stage(file).commit("add " + file);
    return repo.git("rev-parse", "HEAD").strip();
  }

  @Test
  void argumentCountsAreCheckedWithPreCommitsMessages() {
    assertThat(HookArguments.countError(Stage.PRE_COMMIT, List.of())).isEmpty();
    assertThat(HookArguments.countError(Stage.COMMIT_MSG, List.of()))
        .hasValue("hook-impl for commit-msg expected 1 argument but got 0: []");
    assertThat(HookArguments.countError(Stage.PRE_COMMIT, List.of("a", "it's")))
        .hasValue("hook-impl for pre-commit expected 0 arguments but got 2: ['a', \"it's\"]");
    assertThat(HookArguments.countError(Stage.POST_CHECKOUT, List.of("a")))
        .hasValue("hook-impl for post-checkout expected 3 arguments but got 1: ['a']");
    assertThat(HookArguments.countError(Stage.PREPARE_COMMIT_MSG, List.of()))
        .hasValue("hook-impl for prepare-commit-msg expected 1, 2, or 3 arguments but got 0: []");
    assertThat(HookArguments.countError(Stage.PREPARE_COMMIT_MSG, List.of("m", "message", "HEAD")))
        .isEmpty();
    assertThat(HookArguments.countError(Stage.PRE_REBASE, List.of("a", "b", "c")))
        .hasValue("hook-impl for pre-rebase expected 1 or 2 arguments but got 3: ['a', 'b', 'c']");
    assertThat(HookArguments.countError(Stage.PRE_PUSH, List.of("origin")))
        .hasValue("hook-impl for pre-push expected 2 arguments but got 1: ['origin']");
  }

  @Test
  void commitHooksRunOnStagedFilesWithTheirStage() {
    RunOptions options = map(Stage.PRE_MERGE_COMMIT);

    assertThat(options.hookStage()).isEqualTo(Stage.PRE_MERGE_COMMIT);
    assertThat(options.stashes()).isTrue();
    assertThat(options.config()).isEqualTo(CONFIG);
    assertThat(options.fromRef()).isNull();
    assertThat(options.hookEnv()).isEmpty();
  }

  @Test
  void commitMessageHooksGetTheMessageFile() {
    assertThat(map(Stage.COMMIT_MSG, ".git/COMMIT_EDITMSG").commitMsgFilename())
        .isEqualTo(".git/COMMIT_EDITMSG");

    RunOptions prepare = map(Stage.PREPARE_COMMIT_MSG, ".git/COMMIT_EDITMSG", "commit", "HEAD");
    assertThat(prepare.commitMsgFilename()).isEqualTo(".git/COMMIT_EDITMSG");
    assertThat(prepare.hookEnv())
        .isEqualTo(
            Map.of(
                "PRE_COMMIT_COMMIT_MSG_SOURCE", "commit", "PRE_COMMIT_COMMIT_OBJECT_NAME", "HEAD"));
    assertThat(map(Stage.PREPARE_COMMIT_MSG, "m").hookEnv()).isEmpty();
  }

  @Test
  void postHooksExportTheirArguments() {
    RunOptions checkout = map(Stage.POST_CHECKOUT, "aaa", "bbb", "1");
    assertThat(checkout.fromRef()).isEqualTo("aaa");
    assertThat(checkout.toRef()).isEqualTo("bbb");
    assertThat(checkout.hookEnv()).isEqualTo(Map.of("PRE_COMMIT_CHECKOUT_TYPE", "1"));

    assertThat(map(Stage.POST_MERGE, "0").hookEnv())
        .isEqualTo(Map.of("PRE_COMMIT_IS_SQUASH_MERGE", "0"));
    assertThat(map(Stage.POST_REWRITE, "amend").hookEnv())
        .isEqualTo(Map.of("PRE_COMMIT_REWRITE_COMMAND", "amend"));
    assertThat(map(Stage.POST_COMMIT).hookEnv()).isEmpty();
    assertThat(map(Stage.PRE_REBASE, "main", "topic").hookEnv())
        .isEqualTo(
            Map.of(
                "PRE_COMMIT_PRE_REBASE_UPSTREAM", "main", "PRE_COMMIT_PRE_REBASE_BRANCH", "topic"));
    assertThat(map(Stage.PRE_REBASE, "main").hookEnv()).isEmpty();
  }

  @Test
  void pushingANewRootChecksAllFiles() {
    String root = commit("a");

    RunOptions options =
        push("refs/heads/main " + root + " refs/heads/main " + Z40 + "\n").orElseThrow();

    assertThat(options.hookStage()).isEqualTo(Stage.PRE_PUSH);
    assertThat(options.allFiles()).isTrue();
    assertThat(options.fromRef()).isNull();
    assertThat(options.hookEnv())
        .isEqualTo(
            Map.of(
                "PRE_COMMIT_LOCAL_BRANCH", "refs/heads/main",
                "PRE_COMMIT_REMOTE_BRANCH", "refs/heads/main",
                "PRE_COMMIT_REMOTE_NAME", "origin",
                "PRE_COMMIT_REMOTE_URL", remoteUrl));
  }

  @Test
  void updatingAPushedBranchChecksFromTheRemoteCommit() {
    String pushed = commit("a");
    repo.git("push", "-q", "--no-verify", "origin", "main");
    commit("b");
    String head = commit("c");

    RunOptions options =
        push("refs/heads/main " + head + " refs/heads/main " + pushed + "\n").orElseThrow();

    assertThat(options.allFiles()).isFalse();
    assertThat(options.fromRef()).isEqualTo(pushed);
    assertThat(options.toRef()).isEqualTo(head);
    assertThat(git.changedFiles(options.fromRef(), options.toRef())).containsExactly("b", "c");
  }

  @Test
  void aNewBranchChecksFromTheParentOfItsFirstUnpushedCommit() {
    commit("a");
    String base = commit("b");
    repo.git("push", "-q", "--no-verify", "origin", "main");
    repo.git("checkout", "-q", "-b", "topic");
    commit("c");
    String head = commit("d");

    RunOptions options =
        push("refs/heads/topic " + head + " refs/heads/topic " + Z40 + "\n").orElseThrow();

    assertThat(options.fromRef()).isEqualTo(base);
    assertThat(options.toRef()).isEqualTo(head);
    assertThat(options.hookEnv()).containsEntry("PRE_COMMIT_REMOTE_BRANCH", "refs/heads/topic");
  }

  @Test
  void aRemoteCommitWeDoNotHaveFallsBackToTheRemoteTrackingRefs() {
    commit("a");
    String base = commit("b");
    repo.git("push", "-q", "--no-verify", "origin", "main");
    String head = commit("c");
    String unknown = "1234567890".repeat(4);

    RunOptions options =
        push("refs/heads/main " + head + " refs/heads/main " + unknown + "\n").orElseThrow();

    assertThat(options.fromRef()).isEqualTo(base);
    assertThat(options.toRef()).isEqualTo(head);
  }

  @Test
  void deletionsAndAlreadyPushedRefsAreSkippedAndOnlyTheFirstPushableRefCounts() {
    String a = commit("a");
    repo.git("push", "-q", "--no-verify", "origin", "main");
    String b = commit("b");
    String c = commit("c");

    assertThat(push("(delete) " + Z40 + " refs/heads/old " + a + "\n")).isEmpty();
    assertThat(push("refs/heads/copy " + a + " refs/heads/copy " + Z40 + "\n")).isEmpty();
    assertThat(push("")).isEmpty();

    RunOptions options =
        push("(delete) "
                + Z40
                + " refs/heads/old "
                + a
                + "\n"
                + "refs/heads/copy "
                + a
                + " refs/heads/copy "
                + Z40
                + "\n"
                + "refs/heads/main "
                + b
                + " refs/heads/main "
                + a
                + "\n"
                + "refs/heads/other "
                + c
                + " refs/heads/other "
                + a
                + "\n")
            .orElseThrow();
    assertThat(options.toRef()).isEqualTo(b);
    assertThat(options.hookEnv()).containsEntry("PRE_COMMIT_LOCAL_BRANCH", "refs/heads/main");
  }
}
