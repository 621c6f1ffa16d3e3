package dev.precommit.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import dev.precommit.testing.CliRun;
import dev.precommit.testing.EngineLauncher;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in checks that ask git about files, in a nested project ({@code app/}): git names files
 * from the repository root, the project's hooks see them relative to {@code app}, and each check
 * must see its project's files as a one-project repository would. The root's config has no hooks,
 * so only the nested project's run.
 */
class WorkspaceGitAwareChecksTest {
  @TempDir Path dir;
  private TempGitRepo repo;

  @BeforeEach
  void setUp() {
    repo = TempGitRepo.init(dir.resolve("repo"));
    repo.write(".pre-commit-config.yaml", "repos: []\n")
        .write("README.md", "root\n")
        .write("app/keep.txt", "keep\n")
        .stageAll()
        .commit("init");
  }

  /** {@code app}'s config: the built-in hooks given, as YAML list items. */
  private void appHooks(String repoName, String hooks) {
    repo.write(
            "app/.pre-commit-config.yaml",
            "repos:\n-   repo: " + repoName + "\n    hooks:\n" + hooks.indent(4))
        .stage("app/.pre-commit-config.yaml")
        .commit("app config");
  }

  private CliRun run(String... args) {
    return CliRun.in(repo, args);
  }

  private static String line(String name, String status) {
    return "  " + name + ".".repeat(77 - name.length() - status.length()) + status + "\n";
  }

  @Test
  void addedLargeFileFailsTheCommit() throws Exception {
    appHooks("builtin", "-   id: check-added-large-files\n    args: [--maxkb=1]\n");
    Path launcher = EngineLauncher.write(dir.resolve("bin"));
    Map<String, String> env = repo.env();
    env.put("PATH", launcher.getParent() + ":" + env.get("PATH"));
    ProcessRunner runner = ProcessRunner.merged(env);
    runner.run(List.of(launcher.toString(), "install"), repo.root());
    repo.write("app/big.bin", "x".repeat(2048)).stage("app/big.bin");

    ProcessResult commit = runner.run(List.of("git", "commit", "-q", "-m", "big"), repo.root());

    assertThat(commit.outputText())
        .isEqualTo(
            "× app\n"
                + line("check for added large files", "Failed")
                + "  - hook id: check-added-large-files\n"
                + "  - exit code: 1\n\n"
                + "  big.bin (2 KB) exceeds 1 KB.\n\n");
    assertThat(commit.exitCode()).isEqualTo(1);
    assertThat(repo.git("log", "--format=%s", "-1")).isEqualTo("app config\n");
  }

  @Test
  void lfsFilesAreNotLarge() {
    appHooks("builtin", "-   id: check-added-large-files\n    args: [--maxkb=1]\n");
    repo.write("app/.gitattributes", "*.bin filter=lfs\n")
        .write("app/big.bin", "x".repeat(2048))
        .write("app/big.dat", "x".repeat(2048))
        .stage("app/.gitattributes", "app/big.bin", "app/big.dat");

    CliRun run = run("run");

    assertThat(run.out()).contains("  big.dat (2 KB) exceeds 1 KB.\n").doesNotContain("big.bin");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void shebangScriptNotExecutable() {
    appHooks("builtin", "-   id: check-shebang-scripts-are-executable\n");
    repo.write("app/run.sh", "#!/bin/sh\necho hi\n").stage("app/run.sh");

    CliRun run = run("run");

    assertThat(run.out())
        .contains(
            "  run.sh: has a shebang but is not marked executable!\n"
                + "    If it is supposed to be executable, try: `chmod +x run.sh`\n");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void executableWithoutShebangWhereTheIndexKeepsTheMode() {
    appHooks("builtin", "-   id: check-executables-have-shebangs\n");
    repo.git("config", "core.fileMode", "false");
    repo.write("app/tool.sh", "echo hi\n").executable("app/tool.sh").stage("app/tool.sh");
    repo.git("update-index", "--chmod=+x", "app/tool.sh");

    CliRun run = run("run");

    assertThat(run.out())
        .contains("  tool.sh: marked executable but has no (or invalid) shebang!\n");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void caseConflictsAreTheProjectsOwn() {
    appHooks("builtin", "-   id: check-case-conflict\n");
    // readme.md clashes with nothing in app/ (the root's README.md is another directory).
    repo.write("app/readme.md", "app\n").stage("app/readme.md");
    CliRun clean = run("run");
    assertThat(clean.out()).contains(line("check for case conflicts", "Passed"));
    assertThat(clean.exitCode()).as(clean.out()).isZero();
    repo.commit("readme");

    repo.write("app/Keep.txt", "clash\n").stage("app/Keep.txt");
    CliRun clash = run("run");

    assertThat(clash.out())
        .contains(
            "  Case-insensitivity conflict found: Keep.txt\n"
                + "  Case-insensitivity conflict found: keep.txt\n\n");
    assertThat(clash.exitCode()).isEqualTo(1);
  }

  @Test
  void newSubmoduleIsForbidden() {
    appHooks("builtin", "-   id: forbid-new-submodules\n");
    TempGitRepo sub = TempGitRepo.init(repo.path("app/sub"));
    sub.write("s.txt", "s\n").stageAll().commit("sub");
    repo.stage("app/sub");

    CliRun run = run("run");

    assertThat(run.out()).contains("  sub: new submodule introduced\n");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void destroyedSymlinkIsFound() throws Exception {
    appHooks("builtin", "-   id: destroyed-symlinks\n");
    Files.createSymbolicLink(repo.path("app/link"), Path.of("keep.txt"));
    repo.stage("app/link").commit("link");
    Files.delete(repo.path("app/link"));
    repo.write("app/link", "keep.txt").stage("app/link");

    CliRun run = run("run");

    assertThat(run.out()).contains("  Destroyed symlinks:\n  - link\n");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void mavenTestMapsStagedFilesToTheProjectsModules() {
    // Always run, files matching none: the check asks git for the staged files itself.
    appHooks(
        "builtin",
        "-   id: maven-test\n    always_run: true\n    files: ^none$\n    verbose: true\n");
    repo.write(
            "app/pom.xml",
            "<project><modelVersion>4.0.0</modelVersion><groupId>g</groupId>"
                + "<artifactId>a</artifactId><version>1</version><packaging>pom</packaging>"
                + "<modules><module>core</module><module>web</module></modules></project>\n")
        .write("app/mvnw", "#!/bin/sh\necho \"mvnw $*\"\n")
        .executable("app/mvnw")
        .stageAll()
        .commit("maven");
    repo.write("app/core/X.java", "class X {}\n").stage("app/core/X.java");

    CliRun run = run("run");

    assertThat(run.out())
        .contains("  maven-test: ./mvnw -B -q -pl core -am test\n  mvnw -B -q -pl core -am test\n");
    assertThat(run.exitCode()).as(run.out()).isZero();
  }

  @Test
  void metaHooksLookAtTheProjectsFiles() {
    repo.write("app/src/a.txt", "a\n").write("app/src/b.txt", "b\n").stageAll().commit("src");
    repo.write(
            "app/.pre-commit-config.yaml",
            """
            repos:
            -   repo: meta
                hooks:
                -   id: check-hooks-apply
                -   id: check-useless-excludes
            -   repo: local
                hooks:
                -   id: src-only
                    name: src only
                    language: system
                    entry: 'true'
                    files: ^src/
                    exclude: ^src/a\\.txt$
            """)
        .stage("app/.pre-commit-config.yaml")
        .commit("app config");

    CliRun run = run("run", "--all-files");

    assertThat(run.out())
        .contains(line("Check hooks apply to the repository", "Passed"))
        .contains(line("Check for useless excludes", "Passed"));
    assertThat(run.exitCode()).as(run.out()).isZero();
  }
}
