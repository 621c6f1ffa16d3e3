package dev.precommit.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.config.Stage;
import dev.precommit.git.GitRepo;
import dev.precommit.testing.TempGitRepo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HookInvocationTest {
  private static final String CONFIG = ".pre-commit-config.yaml";

  @TempDir Path tmp;
  TempGitRepo repo;
  Map<String, String> env;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void setUp() {
    repo = TempGitRepo.init(tmp.resolve("repo"));
    env = repo.env();
  }

  private HookPlan prepare(HookRequest request, String stdin) {
    HookInvocation invocation =
        new HookInvocation(
            repo.root(),
            env,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            out,
            err);
    return invocation.prepare(request, GitRepo.discover(repo.root(), env));
  }

  private HookRequest request(Stage type, boolean skip, String... args) {
    return new HookRequest(type, CONFIG, ".git/hooks", skip, List.of(args));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private void legacy(String type, String body) {
    repo.write(".git/hooks/" + type + ".legacy", "#!/bin/sh\n" + body)
        .executable(".git/hooks/" + type + ".legacy");
  }

  @Test
  void withAConfigTheHookRunsWithItsOptions() {
    repo.write(CONFIG, "repos: []\n");

    HookPlan plan = prepare(request(Stage.COMMIT_MSG, false, ".git/COMMIT_EDITMSG"), "");

    assertThat(plan).isInstanceOf(HookPlan.Run.class);
    HookPlan.Run run = (HookPlan.Run) plan;
    assertThat(run.legacyExitCode()).isZero();
    assertThat(run.options().hookStage()).isEqualTo(Stage.COMMIT_MSG);
    assertThat(run.options().commitMsgFilename()).isEqualTo(".git/COMMIT_EDITMSG");
    assertThat(out()).isEmpty();
  }

  @Test
  void legacyHookRunsFirstWithGitsArgumentsStdinAndItsExitStatusCounts() {
    repo.write(CONFIG, "repos: []\n").commit("init");
    String head = repo.git("rev-parse", "HEAD").strip();
    legacy(
        "pre-push",
        "echo \"legacy $# $1 $2 running=$PRE_COMMIT_RUNNING_LEGACY\"\n"
            + "cat > legacy-stdin\n"
            + "echo oops >&2\n"
            + "exit 3\n");
    String stdin = "refs/heads/main " + head + " refs/heads/main " + "0".repeat(40) + "\n";

    HookPlan plan = prepare(request(Stage.PRE_PUSH, false, "origin", "/r.git"), stdin);

    assertThat(out()).isEqualTo("legacy 2 origin /r.git running=1\n");
    assertThat(err()).isEqualTo("oops\n");
    assertThat(repo.read("legacy-stdin")).isEqualTo(stdin);
    assertThat(plan).isInstanceOf(HookPlan.Run.class);
    HookPlan.Run run = (HookPlan.Run) plan;
    assertThat(run.legacyExitCode()).isEqualTo(3);
    assertThat(run.options().allFiles()).isTrue();
  }

  @Test
  void nothingToPushEndsWithTheLegacyStatus() {
    repo.write(CONFIG, "repos: []\n");
    legacy("pre-push", "exit 5\n");

    HookPlan plan = prepare(request(Stage.PRE_PUSH, false, "origin", "/r.git"), "");

    assertThat(plan).isEqualTo(new HookPlan.Done(5));
  }

  @Test
  void missingConfigFailsWithInstructions() {
    HookPlan plan = prepare(request(Stage.PRE_COMMIT, false), "");

    assertThat(plan).isEqualTo(new HookPlan.Done(1));
    assertThat(out())
        .isEqualTo(
            "No .pre-commit-config.yaml file was found\n"
                + "- To temporarily silence this, run `PRE_COMMIT_ALLOW_NO_CONFIG=1 git ...`\n"
                + "- To permanently silence this, install precommit with the"
                + " --allow-missing-config option\n"
                + "- To uninstall precommit run `precommit uninstall`\n");
  }

  @Test
  void missingConfigIsSkippedWhenAllowedAndTheLegacyStatusStands() {
    legacy("pre-commit", "exit 4\n");
    env.put("PRE_COMMIT_ALLOW_NO_CONFIG", "1");

    assertThat(prepare(request(Stage.PRE_COMMIT, false), "")).isEqualTo(new HookPlan.Done(4));
    assertThat(out())
        .isEqualTo("`.pre-commit-config.yaml` config file not found. Skipping `precommit`.\n");
  }

  @Test
  void skipOnMissingConfigFlagSkipsToo() {
    assertThat(prepare(request(Stage.POST_CHECKOUT, true, "a", "b", "1"), ""))
        .isEqualTo(new HookPlan.Done(0));
    assertThat(out()).contains("config file not found. Skipping");
  }

  @Test
  void wrongArgumentCountFailsOnStderr() {
    repo.write(CONFIG, "repos: []\n");

    assertThat(prepare(request(Stage.POST_MERGE, false), "")).isEqualTo(new HookPlan.Done(1));
    assertThat(err()).isEqualTo("hook-impl for post-merge expected 1 argument but got 0: []\n");
  }

  @Test
  void aShimCalledFromALegacyHookIsReportedAsABug() {
    repo.write(CONFIG, "repos: []\n");
    env.put("PRE_COMMIT_RUNNING_LEGACY", "1");

    assertThat(prepare(request(Stage.PRE_COMMIT, false), "")).isEqualTo(new HookPlan.Done(1));
    assertThat(err())
        .isEqualTo(
            "bug: precommit's script is installed in migration mode\n"
                + "run `precommit install -f --hook-type pre-commit` to fix this\n");
  }

  @Test
  void withoutAHookDirNoLegacyHookRuns() {
    repo.write(CONFIG, "repos: []\n");
    legacy("pre-commit", "exit 9\n");

    HookPlan plan = prepare(new HookRequest(Stage.PRE_COMMIT, CONFIG, null, false, List.of()), "");

    assertThat(((HookPlan.Run) plan).legacyExitCode()).isZero();
  }
}
