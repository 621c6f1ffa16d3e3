package dev.precommit.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import dev.precommit.testing.EngineLauncher;
import dev.precommit.testing.TempGitRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code language: golang} through real {@code git commit}s: a hook repository whose command uses
 * github.com/google/uuid from the Go module proxy, and a local hook whose tool is an {@code
 * additional_dependencies} module (golang.org/x/example/hello). The expected outputs were recorded
 * from pre-commit 4.6.2 on the same hook repositories and configs (cache paths aside).
 */
class GolangLanguageTest {
  static final String HELLO = "golang.org/x/example/hello@v0.0.0-20250915201037-7f05d217867b";
  static final String VALID = "6ba7b810-9dad-11d1-80b4-00c04fd430c8\n";

  /**
   * pre-commit 4.6.2 on the first commit of the first test (hook repository at {@code <shared>}).
   */
  static final String PRE_COMMIT_FIRST_COMMIT =
      "[INFO] Initializing environment for <shared>/gohooks.\n"
          + "[INFO] Initializing environment for local:"
          + HELLO
          + ".\n"
          + "[INFO] Installing environment for <shared>/gohooks.\n"
          + "[INFO] Once installed this environment will be reused.\n"
          + "[INFO] This may take a few minutes...\n"
          + "[INFO] Installing environment for local.\n"
          + "[INFO] Once installed this environment will be reused.\n"
          + "[INFO] This may take a few minutes...\n"
          + "uuidcheck................................................................Failed\n"
          + "- hook id: uuidcheck\n"
          + "- exit code: 1\n"
          + "\n"
          + "b.id: not a UUID\n"
          + "\n"
          + "hello....................................................................Passed\n";

  @TempDir static Path shared;
  static Path hooks;
  static String rev;
  static Path launcher;

  @TempDir Path dir;
  TempGitRepo repo;
  Map<String, String> env;

  @BeforeAll
  static void hookRepository() {
    Map<String, String> probe = TempGitRepo.isolatedEnv(shared);
    assumeTrue(Executables.find("go", probe).isPresent(), "go is not on PATH");
    assumeTrue(
        Network.reachable("https://proxy.golang.org/"),
        "proxy.golang.org unreachable: cannot fetch github.com/google/uuid");
    TempGitRepo hookRepo =
        TempGitRepo.init(shared.resolve("gohooks"))
            .write(
                "go.mod",
                "module example.com/uuidcheck\n\ngo 1.21\n\n"
                    + "require github.com/google/uuid v1.6.0\n")
            .write(
                "go.sum",
                "github.com/google/uuid v1.6.0"
                    + " h1:NIvaJDMOsjHA8n1jAhLSgzrAzy1Hgr+hNrb57e+94F0=\n"
                    + "github.com/google/uuid v1.6.0/go.mod"
                    + " h1:TIyPZe4MgqvfeYDBFedMoGGpEw/LqOeaOT+nhxU+yHo=\n")
            .write(
                "main.go",
                "package main\n\n"
                    + "import (\n\t\"fmt\"\n\t\"os\"\n\t\"strings\"\n\n"
                    + "\t\"github.com/google/uuid\"\n)\n\n"
                    + "func main() {\n"
                    + "\tbad := 0\n"
                    + "\tfor _, name := range os.Args[1:] {\n"
                    + "\t\tdata, err := os.ReadFile(name)\n"
                    + "\t\tif err != nil {\n"
                    + "\t\t\tfmt.Println(name + \": \" + err.Error())\n"
                    + "\t\t\tbad++\n"
                    + "\t\t\tcontinue\n"
                    + "\t\t}\n"
                    + "\t\tif _, err := uuid.Parse(strings.TrimSpace(string(data))); err != nil {\n"
                    + "\t\t\tfmt.Println(name + \": not a UUID\")\n"
                    + "\t\t\tbad++\n"
                    + "\t\t}\n"
                    + "\t}\n"
                    + "\tif bad > 0 {\n\t\tos.Exit(1)\n\t}\n"
                    + "}\n")
            .write(
                ".pre-commit-hooks.yaml",
                "- id: uuidcheck\n"
                    + "  name: uuidcheck\n"
                    + "  entry: uuidcheck\n"
                    + "  language: golang\n"
                    + "  files: \\.id$\n")
            .stageAll()
            .commit("hooks");
    hooks = hookRepo.root();
    rev = hookRepo.git("rev-parse", "HEAD").strip();
    launcher = EngineLauncher.write(shared.resolve("bin"));
  }

  /** A work repository with precommit installed and {@code hookKeys} under the remote hook. */
  private void setUp(String remoteHookKeys, String localHooks) throws IOException {
    repo = TempGitRepo.init(dir.resolve("work"));
    env = repo.env();
    Toolchains.passSettings(env);
    env.put("PATH", launcher.getParent() + ":" + env.get("PATH"));
    repo.write(
            ".pre-commit-config.yaml",
            "repos:\n"
                + "-   repo: "
                + hooks
                + "\n"
                + "    rev: "
                + rev
                + "\n"
                + "    hooks:\n"
                + "    -   id: uuidcheck\n"
                + remoteHookKeys
                + (localHooks.isEmpty() ? "" : "-   repo: local\n    hooks:\n" + localHooks))
        .stageAll()
        .commit("config");
    assertThat(run("precommit", "install").exitCode()).isZero();
  }

  private ProcessResult run(String... command) throws IOException {
    List<String> argv = List.of(command);
    if (argv.get(0).equals("precommit")) {
      argv = new java.util.ArrayList<>(argv);
      argv.set(0, launcher.toString());
    }
    return ProcessRunner.merged(env).run(argv, repo.root());
  }

  private String output(ProcessResult result) {
    return result.outputText().replace(shared.toString(), "<shared>");
  }

  @Test
  void aCommitRunsTheHookBuiltWithItsModuleAndALocalHookFromAdditionalDependencies()
      throws Exception {
    setUp(
        "",
        "    -   id: hello\n"
            + "        name: hello\n"
            + "        entry: hello\n"
            + "        language: golang\n"
            + "        additional_dependencies: ["
            + HELLO
            + "]\n"
            + "        args: [-g, Hi, tester]\n"
            + "        pass_filenames: false\n");
    repo.write("a.id", VALID).write("b.id", "nope\n").write("c.txt", "x\n").stageAll();

    ProcessResult failed = run("git", "commit", "-q", "-m", "ids");

    // pre-commit 4.6.2's output, but for the line it prints when it first makes its store's
    // placeholder repository for local hooks with dependencies (precommit has none: their
    // environments live under the store's local-envs).
    assertThat(output(failed))
        .isEqualTo(
            PRE_COMMIT_FIRST_COMMIT.replace(
                "[INFO] Initializing environment for local:" + HELLO + ".\n", ""));
    assertThat(failed.exitCode()).isEqualTo(1);
    // The environment is pre-commit's: binaries in golangenv-system/bin, the modules deleted.
    Path clone = onlyClone();
    assertThat(clone.resolve("golangenv-system/bin/uuidcheck")).isExecutable();
    assertThat(clone.resolve("golangenv-system/pkg")).doesNotExist();

    repo.write("b.id", VALID).stageAll();
    ProcessResult passed = run("git", "commit", "-q", "-m", "ids");

    assertThat(output(passed))
        .isEqualTo(
            "uuidcheck................................................................Passed\n"
                + "hello....................................................................Passed\n");
    assertThat(passed.exitCode()).isZero();
    assertThat(repo.git("log", "-1", "--format=%s")).isEqualTo("ids\n");

    // Built, the environments need no Go: nothing to report, and the hooks still run.
    env.put("PATH", Toolchains.pathWithout(env.get("PATH"), Set.of("go", "gofmt")));
    ProcessResult validate = run("precommit", "validate-config");
    assertThat(validate.outputText()).isEmpty();
    assertThat(validate.exitCode()).isZero();
    repo.write("c.txt", "y\n").stageAll();
    ProcessResult withoutGo = run("git", "commit", "-q", "-m", "no go");
    assertThat(output(withoutGo))
        .isEqualTo(
            "uuidcheck............................................(no files to check)Skipped\n"
                + "hello....................................................................Passed\n");
    assertThat(withoutGo.exitCode()).isZero();
  }

  @Test
  void aLanguageVersionIsAGoThatIsInstalledAndNeverADownload() throws Exception {
    String goVersion =
        ProcessRunner.separate(TempGitRepo.isolatedEnv(dir))
            .run(
                List.of(Executables.find("go", env()).orElseThrow().toString(), "env", "GOVERSION"),
                dir)
            .outputText()
            .strip();
    assertThat(goVersion).startsWith("go");
    setUp(
        "        language_version: '"
            + goVersion.substring(2)
            + "'\n"
            + "    -   id: uuidcheck\n"
            + "        alias: old\n"
            + "        language_version: '1.1.1'\n",
        "");
    repo.write("a.id", VALID).stageAll();

    ProcessResult commit = run("git", "commit", "-q", "-m", "ids");

    assertThat(output(commit))
        .endsWith(
            "uuidcheck................................................................Passed\n"
                + "uuidcheck................................................................Failed\n"
                + "- hook id: uuidcheck\n"
                + "- exit code: 1\n"
                + "\n"
                + "hook `uuidcheck` asks for Go 1.1.1 (language_version), which is not installed:"
                + " run `go install golang.org/dl/go1.1.1@latest && go1.1.1 download`; precommit"
                + " does not download toolchains\n"
                + "\n");
    assertThat(commit.exitCode()).isEqualTo(1);
    Path env = onlyClone().resolve("golangenv-" + goVersion.substring(2));
    assertThat(env.resolve("bin/uuidcheck")).isExecutable();
    assertThat(env.resolve(GolangLanguage.GOROOT_FILE)).exists();
    assertThat(onlyClone().resolve("golangenv-1.1.1")).doesNotExist();
  }

  /** Prints what the hook's environment says about Go, and where its placeholder binary is. */
  static final String GO_ENV_ENTRY =
      "sh -c 'echo \"GOROOT=$GOROOT GOTOOLCHAIN=$GOTOOLCHAIN GOPATH=$GOPATH\";"
          + " command -v pre-commit-placeholder-empty-module"
          + " | sed \"s|.*/\\(golangenv-[^/-]*\\)[^/]*/.*|\\1/...|\"' --";

  @Test
  void theHookRunsWithTheGoItAskedFor() throws Exception {
    String goroot =
        ProcessRunner.separate(env())
            .run(
                List.of(Executables.find("go", env()).orElseThrow().toString(), "env", "GOROOT"),
                dir)
            .outputText()
            .strip();
    // What golang.org/dl/go1.0.99 would be once downloaded, without the download.
    Path bin = dir.resolve("dl");
    Files.createDirectories(bin);
    Files.writeString(
        bin.resolve("go1.0.99"),
        "#!/bin/sh\n"
            + "if [ \"$1 $2\" = \"env GOROOT\" ]; then echo '"
            + goroot
            + "'; exit 0; fi\n"
            + "exit 1\n");
    bin.resolve("go1.0.99").toFile().setExecutable(true);
    String hook =
        "    -   id: %s\n"
            + "        name: %s\n"
            + "        entry: "
            + GO_ENV_ENTRY.replace("'", "''").transform(e -> "'" + e + "'")
            + "\n"
            + "        language: golang\n"
            + "        language_version: %s\n"
            + "        pass_filenames: false\n"
            + "        verbose: true\n";
    setUp("", hook.formatted("goenv", "goenv", "default") + hook.formatted("dl", "dl", "'1.0.99'"));
    env.put("PATH", bin + ":" + env.get("PATH"));
    repo.write("a.id", VALID).stageAll();

    ProcessResult commit = run("git", "commit", "-q", "-m", "ids");

    // The first hook's output is pre-commit 4.6.2's (it does not set GOROOT, GOTOOLCHAIN or GOPATH
    // for the system Go); the second runs with the GOROOT of the Go it asked for, as pre-commit
    // runs one with the Go it downloads.
    assertThat(output(commit).replaceAll("- duration: [0-9.]+s", "- duration: <d>"))
        .endsWith(
            "goenv....................................................................Passed\n"
                + "- hook id: goenv\n"
                + "- duration: <d>\n"
                + "\n"
                + "GOROOT= GOTOOLCHAIN= GOPATH=\n"
                + "golangenv-system/...\n"
                + "\n"
                + "dl.......................................................................Passed\n"
                + "- hook id: dl\n"
                + "- duration: <d>\n"
                + "\n"
                + "GOROOT="
                + goroot
                + " GOTOOLCHAIN=local GOPATH=\n"
                + "golangenv-1.0.99/...\n"
                + "\n");
    assertThat(commit.exitCode()).isZero();
  }

  @Test
  void aGoModAskingForANewerGoFailsInsteadOfDownloadingIt() throws Exception {
    TempGitRepo newer =
        TempGitRepo.init(dir.resolve("newer"))
            .write("go.mod", "module example.com/newer\n\ngo 1.999\n")
            .write("main.go", "package main\n\nfunc main() {}\n")
            .write(
                ".pre-commit-hooks.yaml",
                "- id: newer\n  name: newer\n  entry: newer\n  language: golang\n")
            .stageAll()
            .commit("hooks");
    repo = TempGitRepo.init(dir.resolve("work"));
    env = repo.env();
    Toolchains.passSettings(env);
    // Go's own default (GOROOT/go.env) is auto, but some builds ship local: say auto.
    Files.writeString(dir.resolve("go-env"), "GOTOOLCHAIN=auto\n");
    env.put("GOENV", dir.resolve("go-env").toString());
    repo.write(
            ".pre-commit-config.yaml",
            "repos:\n-   repo: "
                + newer.root()
                + "\n    rev: "
                + newer.git("rev-parse", "HEAD").strip()
                + "\n    hooks:\n    -   id: newer\n")
        .stageAll()
        .commit("config");

    ProcessResult run = run("precommit", "run", "--all-files");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outputText().lines().filter(l -> !l.startsWith("[INFO]")).toList())
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .startsWith("An error has occurred: cannot install the environment of hook")
                    .contains("go install ./...")
                    .endsWith("GOTOOLCHAIN=local)"));
  }

  @Test
  void withoutGoTheHookFailsWithTheLineThatSaysHowToInstallIt() throws Exception {
    setUp(
        "",
        "    -   id: hello\n"
            + "        name: hello\n"
            + "        entry: hello\n"
            + "        language: golang\n"
            + "        additional_dependencies: ["
            + HELLO
            + "]\n"
            + "        pass_filenames: false\n");
    // No package manager either: the line then names the download page.
    env.put(
        "PATH",
        Toolchains.pathWithout(env.get("PATH"), Set.of("go", "gofmt", "apt-get", "dnf", "brew")));
    assumeTrue(Executables.find("git", env).isPresent(), "git is beside go: cannot hide go");
    String line = "needs go (`go` is not on PATH): install it (see https://go.dev/doc/install)";

    ProcessResult validate = run("precommit", "validate-config");
    ProcessResult installHooks = run("precommit", "install-hooks");
    repo.write("a.id", VALID).stageAll();
    ProcessResult commit = run("git", "commit", "-q", "-m", "ids");

    // validate-config needs no network: the remote repository is not cached yet.
    assertThat(output(validate))
        .isEqualTo("[ERROR] .pre-commit-config.yaml: hook `hello` " + line + "\n");
    assertThat(validate.exitCode()).isEqualTo(1);
    assertThat(output(installHooks))
        .isEqualTo(
            "[INFO] Initializing environment for <shared>/gohooks.\n"
                + "[ERROR] hook `uuidcheck` "
                + line
                + "\n"
                + "[ERROR] hook `hello` "
                + line
                + "\n");
    assertThat(installHooks.exitCode()).isEqualTo(1);
    assertThat(output(commit))
        .isEqualTo(
            "uuidcheck................................................................Failed\n"
                + "- hook id: uuidcheck\n"
                + "- exit code: 1\n"
                + "\n"
                + "hook `uuidcheck` "
                + line
                + "\n"
                + "\n"
                + "hello....................................................................Failed\n"
                + "- hook id: hello\n"
                + "- exit code: 1\n"
                + "\n"
                + "hook `hello` "
                + line
                + "\n"
                + "\n");
    assertThat(commit.exitCode()).isEqualTo(1);
    assertThat(repo.git("log", "--format=%s")).isEqualTo("config\n");
  }

  private Map<String, String> env() {
    return TempGitRepo.isolatedEnv(dir);
  }

  private Path onlyClone() throws IOException {
    Path cache = Path.of(env.get("PRECOMMIT_HOME"));
    try (var clones = Files.list(cache)) {
      return clones
          .filter(p -> p.getFileName().toString().startsWith("repo"))
          .reduce(
              (a, b) -> {
                throw new AssertionError("more than one clone: " + a + ", " + b);
              })
          .orElseThrow();
    }
  }
}
