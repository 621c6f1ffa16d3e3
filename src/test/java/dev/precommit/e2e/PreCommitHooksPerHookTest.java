package dev.precommit.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.precommit.lang.Network;
import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import dev.precommit.testing.EngineLauncher;
import dev.precommit.testing.PreCommitHooksRepo;
import dev.precommit.testing.TempGitRepo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pre-commit-hooks hook by hook, through real {@code git commit}s: in one config entry, the ids
 * precommit has in-process run in-process and the others (the Python-parsing hooks, and hooks whose
 * rev behaves otherwise) run as pre-commit runs them, from a clone at the rev with its Python
 * environment. The repository is pre-commit-hooks' own release from PyPI ({@link
 * PreCommitHooksRepo}), reached under its GitHub URL through git's {@code insteadOf}.
 *
 * <p>The expected outputs were recorded from pre-commit 4.6.2 on the same repositories and commits.
 */
class PreCommitHooksPerHookTest {
  private static final String URL = PreCommitHooksRepo.URL;

  @TempDir static Path shared;
  private static PreCommitHooksRepo.Result v6;
  private static PreCommitHooksRepo.Result v46;

  @TempDir Path dir;
  private Path launcher;

  private static final String INITIALIZING = "[INFO] Initializing environment for " + URL + ".\n";
  private static final String INSTALLING =
      "[INFO] Installing environment for "
          + URL
          + ".\n"
          + "[INFO] Once installed this environment will be reused.\n"
          + "[INFO] This may take a few minutes...\n";
  private static final String INSTALL = INITIALIZING + INSTALLING;

  @BeforeAll
  static void makeRepositories() throws IOException {
    v6 = PreCommitHooksRepo.make("6.0.0", shared.resolve("pch-6.0.0"));
    v46 = PreCommitHooksRepo.make("4.6.0", shared.resolve("pch-4.6.0"));
  }

  private static TempGitRepo hooks(PreCommitHooksRepo.Result result) {
    assumeTrue(result.made().isPresent(), result.whyNot());
    return result.repo();
  }

  /**
   * A work repository with {@code config} committed and precommit installed, env in {@code env}.
   */
  private TempGitRepo work(String config, Map<String, String> env) throws Exception {
    launcher = EngineLauncher.write(dir.resolve("bin"));
    TempGitRepo work = TempGitRepo.init(dir.resolve("work"));
    env.putAll(work.env());
    env.put("PATH", launcher.getParent() + ":" + env.get("PATH"));
    Network.passRegistrySettings(env);
    env.put("PIP_RETRIES", "0");
    work.write(".pre-commit-config.yaml", config).stageAll().commit("config");
    assertThat(run(work, env, launcher.toString(), "install").exitCode()).isZero();
    return work;
  }

  private static ProcessResult run(TempGitRepo work, Map<String, String> env, String... command)
      throws IOException {
    return ProcessRunner.merged(env).run(List.of(command), work.root());
  }

  private static String config(String rev, String... ids) {
    StringBuilder config =
        new StringBuilder("repos:\n-   repo: " + URL + "\n    rev: " + rev + "\n    hooks:\n");
    for (String id : ids) {
      config.append("    -   id: ").append(id).append('\n');
    }
    return config.toString();
  }

  @Test
  void oneEntryMixesInProcessHooksAndPythonHooksAsPreCommitRunsThem() throws Exception {
    TempGitRepo hooks = hooks(v6);
    Map<String, String> env = new HashMap<>(PreCommitHooksRepo.redirect(Map.of(), hooks.root()));
    TempGitRepo work =
        work(
            config(
                "v6.0.0",
                "trailing-whitespace",
                "debug-statements",
                "check-ast",
                "name-tests-test"),
            env);
    work.write("a.py", "import pdb  \npdb.set_trace()\n")
        .write("b.py", "breakpoint()\n")
        .write("tests/helper.py", "x = 1\n")
        .write("tests/conftest.py", "x = 1\n")
        .stageAll();

    ProcessResult commit = run(work, env, "git", "commit", "-q", "-m", "x");

    assertThat(commit.exitCode()).isEqualTo(1);
    // pre-commit 4.6.2's output, same repositories, same commit.
    assertThat(commit.outputText())
        .isEqualTo(
            INSTALL
                + "trim trailing"
                + " whitespace.................................................Failed\n"
                + "- hook id: trailing-whitespace\n"
                + "- exit code: 1\n"
                + "- files were modified by this hook\n"
                + "\n"
                + "Fixing a.py\n"
                + "\n"
                + "debug statements"
                + " (python)................................................Failed\n"
                + "- hook id: debug-statements\n"
                + "- exit code: 1\n"
                + "\n"
                + "b.py:1:0: breakpoint called\n"
                + "a.py:1:0: pdb imported\n"
                + "\n"
                + "check python"
                + " ast.........................................................Passed\n"
                + "python tests"
                + " naming......................................................Failed\n"
                + "- hook id: name-tests-test\n"
                + "- exit code: 1\n"
                + "\n"
                + "tests/helper.py does not match pattern \".*_test\\.py\"\n"
                + "\n");
    assertThat(work.read("a.py")).isEqualTo("import pdb\npdb.set_trace()\n");
  }

  @Test
  void aRevWhoseHookBehavesOtherwiseRunsTheRealHook() throws Exception {
    // v4.6.0's check-shebang-scripts-are-executable words its last line otherwise ("If it not
    // supposed"): it runs from the clone; trailing-whitespace is the same since v4.1.0: in-process.
    TempGitRepo hooks = hooks(v46);
    Map<String, String> env = new HashMap<>(PreCommitHooksRepo.redirect(Map.of(), hooks.root()));
    TempGitRepo work =
        work(config("v4.6.0", "trailing-whitespace", "check-shebang-scripts-are-executable"), env);
    work.write("run.sh", "#!/bin/sh\necho hi \n").stageAll();

    ProcessResult commit = run(work, env, "git", "commit", "-q", "-m", "x");

    assertThat(commit.exitCode()).isEqualTo(1);
    // pre-commit 4.6.2's output, but for the command the warning names (precommit, not pre-commit).
    assertThat(commit.outputText())
        .isEqualTo(
            INITIALIZING
                + "[WARNING] repo `"
                + URL
                + "` uses deprecated stage names (commit, push) which will be removed in a future"
                + " version.  Hint: often `precommit autoupdate --repo "
                + URL
                + "` will fix this.  if it does not -- consider reporting an issue to that repo.\n"
                + INSTALLING
                + "trim trailing"
                + " whitespace.................................................Failed\n"
                + "- hook id: trailing-whitespace\n"
                + "- exit code: 1\n"
                + "- files were modified by this hook\n"
                + "\n"
                + "Fixing run.sh\n"
                + "\n"
                + "check that scripts with shebangs are"
                + " executable..........................Failed\n"
                + "- hook id: check-shebang-scripts-are-executable\n"
                + "- exit code: 1\n"
                + "\n"
                + "run.sh: has a shebang but is not marked executable!\n"
                + "  If it is supposed to be executable, try: `chmod +x run.sh`\n"
                + "  If on Windows, you may also need to: `git add --chmod=+x run.sh`\n"
                + "  If it not supposed to be executable, double-check its shebang is wanted.\n"
                + "\n");
  }

  @Test
  void anIdTheRevDoesNotHaveGetsPreCommitsMessageFromTheClonesManifest() throws Exception {
    TempGitRepo hooks = hooks(v6);
    Map<String, String> env = new HashMap<>(PreCommitHooksRepo.redirect(Map.of(), hooks.root()));
    TempGitRepo work = work(config("v6.0.0", "trailing-whitespace", "no-such-hook"), env);
    work.write("a.txt", "x\n").stageAll();

    ProcessResult commit = run(work, env, "git", "commit", "-q", "-m", "x");

    assertThat(commit.exitCode()).isEqualTo(1);
    assertThat(commit.outputText())
        .isEqualTo(
            INITIALIZING
                + "An error has occurred: `no-such-hook` is not present in repository "
                + URL
                + ".  Typo? Perhaps it is introduced in a newer version?  Often `precommit"
                + " autoupdate` fixes this.\n");
    // A hook that only a later release has: the same, from that rev's manifest.
    env.put("GIT_CONFIG_KEY_0", "url." + hooks(v46).root() + ".insteadOf");
    work.write(".pre-commit-config.yaml", config("v4.6.0", "check-illegal-windows-names"))
        .stageAll();
    ProcessResult older = run(work, env, launcher.toString(), "run", "--all-files");
    assertThat(older.outputText())
        .endsWith(
            "`check-illegal-windows-names` is not present in repository "
                + URL
                + ".  Typo? Perhaps it is introduced in a newer version?  Often `precommit"
                + " autoupdate` fixes this.\n");
  }

  @Test
  void aConfigWhoseIdsAreAllInProcessNeverFetches() throws Exception {
    // No redirect: github.com is out of reach here, and nothing may try it.
    Map<String, String> env = new HashMap<>();
    TempGitRepo work =
        work(config("v6.0.0", "trailing-whitespace", "end-of-file-fixer", "check-ast"), env);
    work.write("a.py", "x = 1\n").stageAll();
    env.put("SKIP", "check-ast");

    ProcessResult commit = run(work, env, "git", "commit", "-q", "-m", "x");

    assertThat(commit.outputText())
        .isEqualTo(
            "trim trailing whitespace.................................................Passed\n"
                + "fix end of"
                + " files.........................................................Passed\n"
                // Skipped without its manifest, so named by its id (pre-commit would clone).
                + "check-ast...............................................................Skipped\n");
    assertThat(commit.exitCode()).isZero();
  }

  @Test
  void installHooksReportsAnIdTheRevDoesNotHave() throws Exception {
    TempGitRepo hooks = hooks(v6);
    Map<String, String> env = new HashMap<>(PreCommitHooksRepo.redirect(Map.of(), hooks.root()));
    TempGitRepo work = work(config("v6.0.0", "check-yaml", "no-such-hook"), env);

    ProcessResult install = run(work, env, launcher.toString(), "install-hooks");

    assertThat(install.exitCode()).isEqualTo(1);
    assertThat(install.outputText())
        .isEqualTo(
            INITIALIZING
                + "[ERROR] `no-such-hook` is not present in repository "
                + URL
                + ".  Typo? Perhaps it is introduced in a newer version?  Often `precommit"
                + " autoupdate` fixes this.\n");
    // validate-config reads the clone install-hooks left in the store (it never fetches).
    ProcessResult validate = run(work, env, launcher.toString(), "validate-config");
    assertThat(validate.exitCode()).isEqualTo(1);
    assertThat(validate.outputText())
        .isEqualTo(
            "[ERROR] .pre-commit-config.yaml: `no-such-hook` is not present in repository "
                + URL
                + ".  Typo? Perhaps it is introduced in a newer version?  Often `precommit"
                + " autoupdate` fixes this.\n");
  }
}
