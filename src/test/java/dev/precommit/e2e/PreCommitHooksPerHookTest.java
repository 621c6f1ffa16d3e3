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
  private static PreCommitHooksRepo.Result v34;
  private static PreCommitHooksRepo.Result v24;

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

  /** pre-commit's warning for a manifest with stages commit and push (releases before 5.0.0). */
  private static final String DEPRECATED_STAGES =
      "[WARNING] repo `"
          + URL
          + "` uses deprecated stage names (commit, push) which will be removed in a future"
          + " version.  Hint: often `precommit autoupdate --repo "
          + URL
          + "` will fix this.  if it does not -- consider reporting an issue to that repo.\n";

  @BeforeAll
  static void makeRepositories() throws IOException {
    v6 = PreCommitHooksRepo.make("6.0.0", shared.resolve("pch-6.0.0"));
    v46 = PreCommitHooksRepo.make("4.6.0", shared.resolve("pch-4.6.0"));
    v34 = PreCommitHooksRepo.make("3.4.0", shared.resolve("pch-3.4.0"));
    v24 = PreCommitHooksRepo.make("2.4.0", shared.resolve("pch-2.4.0"));
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
                + DEPRECATED_STAGES
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
  void anOlderReleaseRunsInProcessUnderItsOldNameBesideItsOwnPythonHook() throws Exception {
    // v3.4.0's trailing-whitespace differs from v6.0.0's only in syntax: in-process, under 3.4.0's
    // name; its check-ast runs from the clone. Expected output written by the pattern of the
    // v4.6.0 test above (pre-commit 4.6.2 is not installed here to record it).
    TempGitRepo hooks = hooks(v34);
    Map<String, String> env = new HashMap<>(PreCommitHooksRepo.redirect(Map.of(), hooks.root()));
    TempGitRepo work = work(config("v3.4.0", "trailing-whitespace", "check-ast"), env);
    work.write("a.py", "x = 1 \n").stageAll();

    ProcessResult commit = run(work, env, "git", "commit", "-q", "-m", "x");

    assertThat(commit.exitCode()).isEqualTo(1);
    assertThat(commit.outputText())
        .isEqualTo(
            INITIALIZING
                + DEPRECATED_STAGES
                + INSTALLING
                + "Trim Trailing"
                + " Whitespace.................................................Failed\n"
                + "- hook id: trailing-whitespace\n"
                + "- exit code: 1\n"
                + "- files were modified by this hook\n"
                + "\n"
                + "Fixing a.py\n"
                + "\n"
                + "Check python"
                + " ast.........................................................Passed\n");
    assertThat(work.read("a.py")).isEqualTo("x = 1\n");
  }

  @Test
  void theOlderReleasesOwnHookFromItsCloneAnswersAsTheInProcessOneDid() throws Exception {
    // The same 3.4.0 code at a commit the table does not list: pre-commit's way, a clone and
    // 3.4.0's own trailing-whitespace-fixer. Its section is the in-process one's, byte for byte.
    TempGitRepo hooks = hooks(v34);
    Map<String, String> env = new HashMap<>(PreCommitHooksRepo.redirect(Map.of(), hooks.root()));
    String commit34 = hooks.git("rev-parse", "HEAD").strip();
    TempGitRepo work = work(config(commit34, "trailing-whitespace"), env);
    work.write("a.py", "x = 1 \n").stageAll();

    ProcessResult commit = run(work, env, "git", "commit", "-q", "-m", "x");

    assertThat(commit.exitCode()).isEqualTo(1);
    assertThat(commit.outputText())
        .endsWith(
            INSTALLING
                + "Trim Trailing"
                + " Whitespace.................................................Failed\n"
                + "- hook id: trailing-whitespace\n"
                + "- exit code: 1\n"
                + "- files were modified by this hook\n"
                + "\n"
                + "Fixing a.py\n"
                + "\n");
    assertThat(work.read("a.py")).isEqualTo("x = 1\n");
  }

  @Test
  void movedBackHooksAnswerAtTheOlderReleaseAsItsOwnPythonHooksDo() throws Exception {
    // Side by side: rev v3.4.0 (in-process) and the same 3.4.0 code at a commit the table does
    // not list (a clone, 3.4.0's Python hooks), on the same files; the hooks' sections must match.
    List<String> runs =
        sideBySide(
            v34,
            "v3.4.0",
            "trailing-whitespace",
            "end-of-file-fixer",
            "mixed-line-ending",
            "check-yaml");

    assertThat(runs.get(0))
        .contains(
            "Fixing a.txt",
            "b.txt: fixed mixed line endings",
            "c.yaml",
            "found duplicate key \"a\"",
            "https://yaml.dev/doc/ruamel.yaml/api/#Duplicate_keys");
    assertThat(runs.get(1)).isEqualTo(runs.get(0));
  }

  @Test
  void movedBackHooksAnswerAtAPython2EraReleaseAsItsOwnPythonHooksDo() throws Exception {
    // 2.4.0's scripts still ran on Python 2 too; under Python 3 they answer as the checks do.
    List<String> runs =
        sideBySide(v24, "v2.4.0", "trailing-whitespace", "end-of-file-fixer", "mixed-line-ending");

    assertThat(runs.get(0)).contains("Trim Trailing Whitespace", "b.txt: fixed mixed line endings");
    assertThat(runs.get(1)).isEqualTo(runs.get(0));
  }

  /**
   * The hook sections of the same commit at release {@code tag} (in-process) and then at the
   * release's commit in {@code release}, a rev the table does not list (a clone, as pre-commit).
   */
  private List<String> sideBySide(PreCommitHooksRepo.Result release, String tag, String... ids)
      throws Exception {
    TempGitRepo hooks = hooks(release);
    Map<String, String> env = new HashMap<>(PreCommitHooksRepo.redirect(Map.of(), hooks.root()));
    TempGitRepo work = work(config(tag, ids), env);
    String inProcess = sections(work, env, tag, ids);
    return List.of(inProcess, sections(work, env, hooks.git("rev-parse", "HEAD").strip(), ids));
  }

  /** The hook sections (no [INFO]/[WARNING] lines) of a commit of the same files at {@code rev}. */
  private static String sections(
      TempGitRepo work, Map<String, String> env, String rev, String... ids) throws Exception {
    work.write(".pre-commit-config.yaml", config(rev, ids))
        .write("a.txt", "x \n\n\n")
        .write("b.txt", "a\r\nb\nc\n")
        .write("c.yaml", "a: [\n")
        .write("d.yaml", "a: 1\nb: 2\na: 3\n")
        .stageAll();
    ProcessResult commit = run(work, env, "git", "commit", "-q", "-m", "x");
    assertThat(commit.exitCode()).isEqualTo(1);
    return commit.outputText().lines().filter(l -> !l.startsWith("[")).toList()
        + "\n"
        + work.read("a.txt")
        + work.read("b.txt");
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
