package dev.precommit.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import dev.precommit.testing.EngineLauncher;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A monorepo through a real {@code git commit}: one {@code precommit install} at the top serves
 * every project, the hooks of each see the staged files under it, and unstaged changes in several
 * projects are put aside once and come back.
 */
class WorkspaceCommitTest {
  private static final String CONFIG =
      """
      repos:
      -   repo: builtin
          hooks:
          -   id: trailing-whitespace
              name: trim %s
      -   repo: local
          hooks:
          -   id: show
              name: show %s
              language: system
              entry: sh -c 'echo "in ${PWD##*/}:" $(printf "%%s\\n" "$@" | sort); cat "$@" >/dev/null' --
              verbose: true
              require_serial: true
      """;

  @TempDir Path dir;

  private static String line(String name, String status) {
    return "  " + name + ".".repeat(77 - name.length() - status.length()) + status + "\n";
  }

  @Test
  void oneInstallServesEveryProjectUnderOneStash() throws Exception {
    Path launcher = EngineLauncher.write(dir.resolve("bin"));
    TempGitRepo repo = TempGitRepo.init(dir.resolve("repo"));
    Map<String, String> env = repo.env();
    env.put("PATH", launcher.getParent() + ":" + env.get("PATH"));
    repo.write(".pre-commit-config.yaml", CONFIG.formatted("root", "root"))
        .write("app/.pre-commit-config.yaml", CONFIG.formatted("app", "app"))
        .write("app/web/.pre-commit-config.yaml", CONFIG.formatted("web", "web"))
        .write("lib/.pre-commit-config.yaml", CONFIG.formatted("lib", "lib"))
        .write("app/web/w.txt", "w\n")
        .write("lib/l.txt", "l\n")
        .write("top.txt", "t\n")
        .stageAll()
        .commit("init");
    ProcessRunner runner = ProcessRunner.merged(env);
    assertThat(runner.run(List.of(launcher.toString(), "install"), repo.root()).outputText())
        .isEqualTo("pre-commit installed at .git/hooks/pre-commit\n");
    // Staged: a fix the web project's (and every parent's) trimmer makes; unstaged on top of it.
    repo.write("app/web/w.txt", "w  \n")
        .stage("app/web/w.txt")
        .write("app/web/w.txt", "w  \nmore\n");
    repo.write("lib/l.txt", "l2\n").stage("lib/l.txt").write("lib/l.txt", "l2\nunstaged\n");
    repo.write("top.txt", "t\nunstaged\n");

    ProcessResult commit = runner.run(List.of("git", "commit", "-q", "-m", "c"), repo.root());

    String out = commit.outputText().replaceAll("- duration: [0-9.]+s", "- duration: Ns");
    assertThat(out)
        .startsWith("[WARNING] Unstaged files detected.\n[INFO] Stashing unstaged files to ")
        .contains(
            "× app/web\n"
                + line("trim web", "Failed")
                + "  - hook id: trailing-whitespace\n"
                + "  - exit code: 1\n"
                + "  - files were modified by this hook\n\n"
                + "  Fixing w.txt\n\n"
                + line("show web", "Passed")
                + "  - hook id: show\n  - duration: Ns\n\n  in web: w.txt\n\n"
                + "✓ app\n"
                + line("trim app", "Passed"))
        .contains("  in app: web/w.txt\n\n✓ lib\n")
        .contains("  in lib: l.txt\n")
        .contains("✓ <workspace>\n")
        .contains("  in repo: app/web/w.txt lib/l.txt\n")
        .containsOnlyOnce("[INFO] Stashing unstaged files")
        .containsOnlyOnce("[INFO] Restored changes from");
    assertThat(commit.exitCode()).isEqualTo(1);
    assertThat(repo.git("log", "--format=%s")).isEqualTo("init\n");
    // The fix is in the working tree, the unstaged lines back on top of it, everywhere.
    assertThat(Files.readString(repo.path("app/web/w.txt"))).isEqualTo("w\nmore\n");
    assertThat(repo.read("lib/l.txt")).isEqualTo("l2\nunstaged\n");
    assertThat(repo.read("top.txt")).isEqualTo("t\nunstaged\n");

    repo.stage("app/web/w.txt");
    ProcessResult again = runner.run(List.of("git", "commit", "-q", "-m", "c"), repo.root());
    assertThat(again.exitCode()).as(again.outputText()).isZero();
    assertThat(repo.git("show", "HEAD:app/web/w.txt")).isEqualTo("w\nmore\n");
    assertThat(repo.git("show", "HEAD:lib/l.txt")).isEqualTo("l2\n");
  }
}
