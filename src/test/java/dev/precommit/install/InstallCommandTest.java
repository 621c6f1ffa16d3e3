package dev.precommit.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.testing.CliRun;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** install / uninstall / init-templatedir through the command line, in real repositories. */
class InstallCommandTest {
  @TempDir Path tmp;
  TempGitRepo repo;
  Map<String, String> env;

  @BeforeEach
  void setUp() {
    repo = TempGitRepo.init(tmp.resolve("repo"));
    env = repo.env();
    env.put("PRECOMMIT_LAUNCHER", "/opt/precommit/bin/precommit");
  }

  private CliRun cli(String... args) {
    return CliRun.in(repo.root(), env, args);
  }

  private Path hook(String type) {
    return repo.path(".git/hooks/" + type);
  }

  @Test
  void installsAnExecutableShimThatCallsTheLauncher() throws Exception {
    CliRun run = cli("install");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("pre-commit installed at .git/hooks/pre-commit\n");
    assertThat(Files.isExecutable(hook("pre-commit"))).isTrue();
    assertThat(Files.readString(hook("pre-commit")))
        .contains("LAUNCHER=/opt/precommit/bin/precommit\n")
        .contains("--config=.pre-commit-config.yaml --hook-type=pre-commit --hook-dir");
  }

  @Test
  void hookTypesComeFromOptionsElseTheConfigElsePreCommit() {
    repo.write(
        ".pre-commit-config.yaml",
        "default_install_hook_types: [pre-push, commit-msg]\nrepos: []\n");
    assertThat(cli("install").out())
        .isEqualTo(
            "pre-commit installed at .git/hooks/pre-push\n"
                + "pre-commit installed at .git/hooks/commit-msg\n");
    assertThat(cli("install", "-t", "post-checkout", "--hook-type", "push").out())
        .isEqualTo(
            "pre-commit installed at .git/hooks/post-checkout\n"
                + "pre-commit installed at .git/hooks/pre-push\n");
    repo.write(".pre-commit-config.yaml", "repos: [\n");
    assertThat(cli("install").out()).isEqualTo("pre-commit installed at .git/hooks/pre-commit\n");
  }

  @Test
  void unknownHookTypeIsAUsageError() {
    CliRun run = cli("install", "-t", "manual");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(hook("pre-commit")).doesNotExist();
  }

  @Test
  void foreignHookBecomesLegacyAndUninstallRestoresIt() throws Exception {
    repo.write(".git/hooks/pre-commit", "#!/bin/sh\necho mine\n")
        .executable(".git/hooks/pre-commit");

    CliRun first = cli("install");
    assertThat(first.out())
        .isEqualTo(
            "Running in migration mode with existing hooks at .git/hooks/pre-commit.legacy\n"
                + "Use -f to use only pre-commit.\n"
                + "pre-commit installed at .git/hooks/pre-commit\n");
    assertThat(Files.readString(hook("pre-commit.legacy"))).isEqualTo("#!/bin/sh\necho mine\n");

    // Installing again keeps the legacy hook and does not wrap our own shim.
    assertThat(cli("install").out()).startsWith("Running in migration mode");
    assertThat(Files.readString(hook("pre-commit.legacy"))).isEqualTo("#!/bin/sh\necho mine\n");

    CliRun uninstall = cli("uninstall");
    assertThat(uninstall.out())
        .isEqualTo("pre-commit uninstalled\nRestored previous hooks to .git/hooks/pre-commit\n");
    assertThat(Files.readString(hook("pre-commit"))).isEqualTo("#!/bin/sh\necho mine\n");
    assertThat(hook("pre-commit.legacy")).doesNotExist();
  }

  @Test
  void overwriteDropsTheLegacyHook() {
    repo.write(".git/hooks/pre-commit", "#!/bin/sh\necho mine\n");

    assertThat(cli("install", "-f").out())
        .isEqualTo("pre-commit installed at .git/hooks/pre-commit\n");
    assertThat(hook("pre-commit.legacy")).doesNotExist();
  }

  @Test
  void preCommitsOwnShimIsReplacedNotKeptAsLegacy() throws Exception {
    repo.write(
        ".git/hooks/pre-commit", "#!/usr/bin/env bash\n# ID: 138fd403232d2ddd5efb44317e38bf03\n");

    assertThat(cli("install").out()).isEqualTo("pre-commit installed at .git/hooks/pre-commit\n");
    assertThat(hook("pre-commit.legacy")).doesNotExist();
    assertThat(HookScript.isOurs(hook("pre-commit"))).isTrue();
  }

  @Test
  void uninstallLeavesHooksItDidNotWrite() throws Exception {
    repo.write(".git/hooks/pre-commit", "#!/bin/sh\necho mine\n");

    CliRun run = cli("uninstall");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(hook("pre-commit"))).isEqualTo("#!/bin/sh\necho mine\n");
  }

  @Test
  void refusesWithCoreHooksPathUnlessAskedToInstallThere() throws Exception {
    repo.git("config", "core.hooksPath", "githooks");

    CliRun refused = cli("install");
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.out())
        .isEqualTo(
            "[ERROR] Cowardly refusing to install hooks with `core.hooksPath` set.\n"
                + "hint: `git config --unset-all core.hooksPath`\n");
    assertThat(hook("pre-commit")).doesNotExist();

    CliRun followed = cli("install", "--hooks-path");
    assertThat(followed.exitCode()).isZero();
    assertThat(followed.out()).isEqualTo("pre-commit installed at githooks/pre-commit\n");
    assertThat(HookScript.isOurs(repo.path("githooks/pre-commit"))).isTrue();

    assertThat(cli("uninstall", "--hooks-path").out()).isEqualTo("pre-commit uninstalled\n");
    assertThat(repo.path("githooks/pre-commit")).doesNotExist();
  }

  @Test
  void linkedWorktreeInstallsIntoTheCommonGitDir() throws Exception {
    repo.commit("init");
    Path linked = tmp.resolve("linked");
    repo.git("worktree", "add", "-q", linked.toString());

    CliRun run = CliRun.in(linked, env, "install");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).endsWith("/repo/.git/hooks/pre-commit\n");
    assertThat(HookScript.isOurs(hook("pre-commit"))).isTrue();
  }

  @Test
  void submoduleInstallsIntoItsModulesDir() throws Exception {
    TempGitRepo sub = TempGitRepo.init(tmp.resolve("sub")).write("a", "a").stageAll().commit("sub");
    repo.commit("init");
    repo.git(
        "-c", "protocol.file.allow=always", "submodule", "add", "-q", sub.root().toString(), "sub");

    CliRun run = CliRun.in(repo.path("sub"), env, "install");

    assertThat(run.exitCode()).isZero();
    assertThat(HookScript.isOurs(repo.path(".git/modules/sub/hooks/pre-commit"))).isTrue();
    assertThat(run.out()).contains(".git/modules/sub/hooks/pre-commit");
  }

  @Test
  void configGivenFromASubdirectoryIsRecordedRelativeToTheRoot() throws Exception {
    repo.write("sub/cfg.yaml", "repos: []\n");

    CliRun run = CliRun.in(repo.path("sub"), env, "install", "-c", "cfg.yaml");

    assertThat(run.exitCode()).isZero();
    assertThat(Files.readString(hook("pre-commit"))).contains("--config=sub/cfg.yaml ");
  }

  @Test
  void allowMissingConfigMakesTheShimSkip() throws Exception {
    cli("install", "--allow-missing-config");

    assertThat(Files.readString(hook("pre-commit"))).contains(" --skip-on-missing-config ");
  }

  @Test
  void initTemplatedirWritesSkippingShimsAndWarnsWhenGitWillNotUseThem() throws Exception {
    Path template = tmp.resolve("tmpl");

    CliRun run = CliRun.in(tmp, env, "init-templatedir", template.toString(), "-t", "pre-commit");

    assertThat(run.exitCode()).isZero();
    String real = template.toRealPath().toString();
    assertThat(run.out())
        .isEqualTo(
            "pre-commit installed at "
                + template
                + "/hooks/pre-commit\n"
                + "[WARNING] `init.templateDir` not set to the target directory\n"
                + "[WARNING] maybe `git config --global init.templateDir "
                + real
                + "`?\n");
    assertThat(Files.readString(template.resolve("hooks/pre-commit")))
        .contains("--skip-on-missing-config");

    Path gitconfig =
        Files.writeString(tmp.resolve("gitconfig"), "[init]\n\ttemplateDir = " + real + "\n");
    env.put("GIT_CONFIG_GLOBAL", gitconfig.toString());
    CliRun configured =
        CliRun.in(tmp, env, "init-templatedir", template.toString(), "--no-allow-missing-config");
    assertThat(configured.out())
        .isEqualTo("pre-commit installed at " + template + "/hooks/pre-commit\n");
    assertThat(Files.readString(template.resolve("hooks/pre-commit")))
        .doesNotContain("--skip-on-missing-config");

    // A clone made with that template gets the shim.
    TempGitRepo cloned = TempGitRepo.init(tmp.resolve("fresh"));
    cloned.git("init", "-q", "--template=" + real);
    assertThat(HookScript.isOurs(cloned.path(".git/hooks/pre-commit"))).isTrue();
  }
}
