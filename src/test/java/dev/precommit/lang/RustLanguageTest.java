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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code language: rust} through real {@code git commit}s: a hook repository whose crate depends on
 * itoa from crates.io, a local hook whose library dependency is {@code cargo add}ed to pre-commit's
 * placeholder crate, and one whose {@code cli:} dependency is {@code cargo install}ed. The expected
 * outputs were recorded from pre-commit 4.6.2 on the same hook repositories and configs (cache
 * paths aside).
 */
class RustLanguageTest {
  /**
   * pre-commit 4.6.2 on the first commit of the first test (hook repository at {@code <shared>}).
   */
  static final String PRE_COMMIT_FIRST_COMMIT =
      "[INFO] Initializing environment for <shared>/rusthooks.\n"
          + "[INFO] Initializing environment for local:itoa:1.\n"
          + "[INFO] Initializing environment for local:cli:itoa:1.0.11.\n"
          + "[INFO] Installing environment for <shared>/rusthooks.\n"
          + "[INFO] Once installed this environment will be reused.\n"
          + "[INFO] This may take a few minutes...\n"
          + "[INFO] Installing environment for local.\n"
          + "[INFO] Once installed this environment will be reused.\n"
          + "[INFO] This may take a few minutes...\n"
          + "[INFO] Installing environment for local.\n"
          + "[INFO] Once installed this environment will be reused.\n"
          + "[INFO] This may take a few minutes...\n"
          + "sizecheck................................................................Failed\n"
          + "- hook id: sizecheck\n"
          + "- exit code: 1\n"
          + "\n"
          + "c.txt: 2 bytes\n"
          + "d.txt: empty\n"
          + "\n"
          + "fake.....................................................................Passed\n"
          + "nobin....................................................................Failed\n"
          + "- hook id: nobin\n"
          + "- exit code: 1\n"
          + "\n"
          + "Executable `itoa` not found\n"
          + "\n";

  /** pre-commit 4.6.2 on the second commit, with {@code SKIP=nobin}. */
  static final String PRE_COMMIT_SECOND_COMMIT =
      "sizecheck................................................................Passed\n"
          + "fake.....................................................................Passed\n"
          + "nobin...................................................................Skipped\n";

  static final String LOCAL_HOOKS =
      "    -   id: fake\n"
          + "        name: fake\n"
          + "        entry: __fake_cmd\n"
          + "        language: rust\n"
          + "        additional_dependencies: ['itoa:1']\n"
          + "        pass_filenames: false\n"
          + "    -   id: nobin\n"
          + "        name: nobin\n"
          + "        entry: itoa\n"
          + "        language: rust\n"
          + "        additional_dependencies: ['cli:itoa:1.0.11']\n"
          + "        pass_filenames: false\n";

  @TempDir static Path shared;
  static Path hooks;
  static String rev;
  static Path launcher;

  @TempDir Path dir;
  TempGitRepo repo;
  Map<String, String> env;

  @BeforeAll
  static void hookRepository() throws IOException {
    Map<String, String> probe = TempGitRepo.isolatedEnv(shared);
    Toolchains.passSettings(probe);
    assumeTrue(
        Executables.find("cargo", probe).isPresent()
            && ProcessRunner.merged(probe)
                .run(
                    List.of(Executables.find("cargo", probe).get().toString(), "--version"),
                    Path.of("/"))
                .succeeded(),
        "cargo is not on PATH or `cargo --version` fails");
    assumeTrue(
        Network.reachable("https://index.crates.io/"), "crates.io unreachable: cannot fetch itoa");
    TempGitRepo hookRepo =
        TempGitRepo.init(shared.resolve("rusthooks"))
            .write(
                "Cargo.toml",
                "[package]\nname = \"sizecheck\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n"
                    + "[dependencies]\nitoa = \"1\"\n")
            .write(
                "src/main.rs",
                "use std::process::exit;\n\n"
                    + "fn main() {\n"
                    + "    let mut buffer = itoa::Buffer::new();\n"
                    + "    let mut bad = 0;\n"
                    + "    for name in std::env::args().skip(1) {\n"
                    + "        let size = std::fs::metadata(&name).map(|m| m.len()).unwrap_or(0);\n"
                    + "        if size == 0 {\n"
                    + "            println!(\"{}: empty\", name);\n"
                    + "            bad += 1;\n"
                    + "        } else {\n"
                    + "            println!(\"{}: {} bytes\", name, buffer.format(size));\n"
                    + "        }\n"
                    + "    }\n"
                    + "    if bad > 0 {\n"
                    + "        exit(1);\n"
                    + "    }\n"
                    + "}\n")
            .write(
                ".pre-commit-hooks.yaml",
                "- id: sizecheck\n"
                    + "  name: sizecheck\n"
                    + "  entry: sizecheck\n"
                    + "  language: rust\n"
                    + "  files: \\.txt$\n")
            .stageAll()
            .commit("hooks");
    hooks = hookRepo.root();
    rev = hookRepo.git("rev-parse", "HEAD").strip();
    launcher = EngineLauncher.write(shared.resolve("bin"));
  }

  /** A work repository with precommit installed, the remote hook and {@code localHooks}. */
  private void setUp(String localHooks) throws IOException {
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
                + "    -   id: sizecheck\n"
                + "-   repo: local\n"
                + "    hooks:\n"
                + localHooks)
        .stageAll()
        .commit("config");
    assertThat(run("precommit", "install").exitCode()).isZero();
  }

  private ProcessResult run(String... command) throws IOException {
    List<String> argv = new ArrayList<>(List.of(command));
    if (argv.get(0).equals("precommit")) {
      argv.set(0, launcher.toString());
    }
    return ProcessRunner.merged(env).run(argv, repo.root());
  }

  private String output(ProcessResult result) {
    return result.outputText().replace(shared.toString(), "<shared>");
  }

  @Test
  void aCommitRunsTheCrateAndLocalHooksWithLibraryAndCliDependencies() throws Exception {
    setUp(LOCAL_HOOKS);
    repo.write("c.txt", "x\n").write("d.txt", "").stageAll();

    ProcessResult failed = run("git", "commit", "-q", "-m", "sizes");

    // pre-commit's output, but for the lines it prints when it first makes its store's
    // placeholder repositories for local hooks with dependencies (precommit has none: their
    // environments live under the store's local-envs).
    assertThat(output(failed))
        .isEqualTo(
            PRE_COMMIT_FIRST_COMMIT
                .replace("[INFO] Initializing environment for local:itoa:1.\n", "")
                .replace("[INFO] Initializing environment for local:cli:itoa:1.0.11.\n", ""));
    assertThat(failed.exitCode()).isEqualTo(1);
    assertThat(onlyClone().resolve("rustenv-system/bin/sizecheck")).isExecutable();
    Path cache = Path.of(env.get("PRECOMMIT_HOME"));
    try (var envs = Files.list(cache.resolve("local-envs"))) {
      List<Path> all = envs.toList();
      assertThat(all).hasSize(2).allMatch(p -> p.getFileName().toString().startsWith("rustenv-"));
      assertThat(all)
          .anySatisfy(
              e -> {
                assertThat(e.resolve("bin/__fake_cmd")).isExecutable();
                assertThat(e.resolve("precommit-local/Cargo.toml")).content().contains("itoa");
              });
    }

    repo.write("d.txt", "y\n").stageAll();
    env.put("SKIP", "nobin");
    ProcessResult passed = run("git", "commit", "-q", "-m", "sizes");

    assertThat(output(passed)).isEqualTo(PRE_COMMIT_SECOND_COMMIT);
    assertThat(passed.exitCode()).isZero();
    assertThat(repo.git("log", "-1", "--format=%s")).isEqualTo("sizes\n");
  }

  @Test
  void aLanguageVersionIsARustupToolchainThatIsInstalledAndNeverADownload() throws Exception {
    Map<String, String> probe = TempGitRepo.isolatedEnv(dir);
    Toolchains.passSettings(probe);
    assumeTrue(Executables.find("rustup", probe).isPresent(), "rustup is not on PATH");
    String toolchains =
        ProcessRunner.separate(probe)
            .run(
                List.of(Executables.find("rustup", probe).get().toString(), "toolchain", "list"),
                dir)
            .outputText();
    String installed =
        toolchains
            .lines()
            .filter(l -> l.contains("default"))
            .findFirst()
            .orElse(toolchains.lines().findFirst().orElse(""))
            .split(" ")[0];
    assumeTrue(!installed.isEmpty(), "rustup has no toolchain installed");
    setUp(
        "    -   id: fake\n"
            + "        name: fake\n"
            + "        entry: __fake_cmd\n"
            + "        language: rust\n"
            + "        language_version: "
            + installed
            + "\n"
            + "        pass_filenames: false\n"
            + "    -   id: old\n"
            + "        name: old\n"
            + "        entry: __fake_cmd\n"
            + "        language: rust\n"
            + "        language_version: 1.0.0\n"
            + "        pass_filenames: false\n");
    repo.write("c.txt", "x\n").stageAll();

    ProcessResult commit = run("git", "commit", "-q", "-m", "sizes");

    assertThat(output(commit))
        .endsWith(
            "sizecheck................................................................Passed\n"
                + "fake.....................................................................Passed\n"
                + "old......................................................................Failed\n"
                + "- hook id: old\n"
                + "- exit code: 1\n"
                + "\n"
                + "hook `old` asks for Rust 1.0.0 (language_version), which is not installed: run"
                + " `rustup toolchain install 1.0.0`; precommit does not download toolchains\n"
                + "\n");
    assertThat(commit.exitCode()).isEqualTo(1);
    try (var envs = Files.list(Path.of(env.get("PRECOMMIT_HOME")).resolve("local-envs"))) {
      assertThat(envs.map(p -> p.getFileName().toString()))
          .singleElement()
          .satisfies(name -> assertThat(name).startsWith("rustenv-" + installed + "-"));
    }
  }

  @Test
  void withoutCargoTheHookFailsWithTheLineThatSaysHowToInstallIt() throws Exception {
    setUp(LOCAL_HOOKS);
    env.put(
        "PATH",
        Toolchains.pathWithout(
            env.get("PATH"), Set.of("cargo", "rustup", "rustc", "apt-get", "dnf", "brew")));
    assumeTrue(Executables.find("git", env).isPresent(), "git is beside cargo: cannot hide cargo");
    String line =
        "needs rust (`cargo` is not on PATH): install it with `curl --proto '=https'"
            + " --tlsv1.2 -sSf https://sh.rustup.rs | sh`";

    ProcessResult validate = run("precommit", "validate-config");
    ProcessResult installHooks = run("precommit", "install-hooks");
    repo.write("c.txt", "x\n").stageAll();
    env.put("SKIP", "nobin");
    ProcessResult commit = run("git", "commit", "-q", "-m", "sizes");

    // validate-config needs no network: the remote repository is not cached yet.
    assertThat(output(validate))
        .isEqualTo(
            "[ERROR] .pre-commit-config.yaml: hook `fake` "
                + line
                + "\n"
                + "[ERROR] .pre-commit-config.yaml: hook `nobin` "
                + line
                + "\n");
    assertThat(validate.exitCode()).isEqualTo(1);
    assertThat(output(installHooks))
        .isEqualTo(
            "[INFO] Initializing environment for <shared>/rusthooks.\n"
                + "[ERROR] hook `sizecheck` "
                + line
                + "\n"
                + "[ERROR] hook `fake` "
                + line
                + "\n"
                + "[ERROR] hook `nobin` "
                + line
                + "\n");
    assertThat(installHooks.exitCode()).isEqualTo(1);
    assertThat(output(commit))
        .isEqualTo(
            "sizecheck................................................................Failed\n"
                + "- hook id: sizecheck\n"
                + "- exit code: 1\n"
                + "\n"
                + "hook `sizecheck` "
                + line
                + "\n"
                + "\n"
                + "fake.....................................................................Failed\n"
                + "- hook id: fake\n"
                + "- exit code: 1\n"
                + "\n"
                + "hook `fake` "
                + line
                + "\n"
                + "\n"
                + "nobin...................................................................Skipped\n");
    assertThat(commit.exitCode()).isEqualTo(1);
    assertThat(repo.git("log", "--format=%s")).isEqualTo("config\n");
  }

  @Test
  void aRustToolchainFileInTheHookRepositoryFailsInsteadOfDownloading() throws Exception {
    Map<String, String> probe = TempGitRepo.isolatedEnv(dir);
    Toolchains.passSettings(probe);
    String rustup =
        Executables.find("rustup", probe).isEmpty()
            ? ""
            : ProcessRunner.separate(probe)
                .run(List.of(Executables.find("rustup", probe).get().toString(), "--version"), dir)
                .outputText();
    java.util.regex.Matcher version =
        java.util.regex.Pattern.compile("^rustup (\\d+)\\.(\\d+)").matcher(rustup);
    assumeTrue(
        version.find()
            && (Integer.parseInt(version.group(1)) > 1 || Integer.parseInt(version.group(2)) >= 28),
        "needs rustup 1.28 or later (RUSTUP_AUTO_INSTALL); found: " + rustup.strip());
    TempGitRepo pinned =
        TempGitRepo.init(dir.resolve("pinned"))
            .write(
                "Cargo.toml",
                "[package]\nname = \"pinned\"\nversion = \"0.1.0\"\nedition = \"2021\"\n")
            .write("src/main.rs", "fn main() {}\n")
            .write("rust-toolchain.toml", "[toolchain]\nchannel = \"1.0.0\"\n")
            .write(
                ".pre-commit-hooks.yaml",
                "- id: pinned\n  name: pinned\n  entry: pinned\n  language: rust\n")
            .stageAll()
            .commit("hooks");
    repo = TempGitRepo.init(dir.resolve("work"));
    env = repo.env();
    Toolchains.passSettings(env);
    repo.write(
            ".pre-commit-config.yaml",
            "repos:\n-   repo: "
                + pinned.root()
                + "\n    rev: "
                + pinned.git("rev-parse", "HEAD").strip()
                + "\n    hooks:\n    -   id: pinned\n")
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
                    .contains("cargo install --bins --root")
                    .contains("error: toolchain '1.0.0-")
                    .endsWith("' is not installed"));
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
