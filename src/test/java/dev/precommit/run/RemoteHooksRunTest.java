package dev.precommit.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.precommit.process.ProcessRunner;
import dev.precommit.testing.CliRun;
import dev.precommit.testing.TempGitRepo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code precommit run} over a config that mixes a remote hook repository (node hooks that need no
 * packages, and one in a language precommit does not support) with local hooks.
 */
class RemoteHooksRunTest {
  @TempDir Path tmp;

  @Test
  void remoteAndLocalHooksRunTogether() throws IOException {
    TempGitRepo work = TempGitRepo.init(tmp.resolve("work"));
    assumeTrue(
        ProcessRunner.merged(work.env()).run(List.of("node", "--version"), tmp).succeeded(),
        "node is not on PATH");
    TempGitRepo hooks = TempGitRepo.init(tmp.resolve("hooks"));
    hooks
        .write(
            ".pre-commit-hooks.yaml",
            "- id: count\n  name: Count files\n"
                + "  entry: node -e \"console.log(process.argv.length - 1 + ' files')\"\n"
                + "  language: node\n  verbose: true\n"
                + "- id: boxed\n  name: Boxed\n  entry: boxed\n  language: swift\n")
        .stageAll()
        .commit("hooks");
    hooks.git("tag", "v1.0.0");
    work.write("a.txt", "a\n")
        .write("b.txt", "b\n")
        .write(
            ".pre-commit-config.yaml",
            "repos:\n"
                + "-   repo: ../hooks\n"
                + "    rev: v1.0.0\n"
                + "    hooks:\n"
                + "    -   id: count\n"
                + "        files: \\.txt$\n"
                + "    -   id: boxed\n"
                + "-   repo: local\n"
                + "    hooks:\n"
                + "    -   id: loc\n"
                + "        name: Local\n"
                + "        entry: echo local\n"
                + "        language: system\n"
                + "        pass_filenames: false\n")
        .stageAll()
        .commit("config");

    CliRun first = CliRun.in(work, "run", "--all-files");
    assertThat(first.outWithoutDurations())
        .isEqualTo(
            "[INFO] Initializing environment for ../hooks.\n"
                + "[INFO] Installing environment for ../hooks.\n"
                + "[INFO] Once installed this environment will be reused.\n"
                + "[INFO] This may take a few minutes...\n"
                + "Count"
                + " files..............................................................Passed\n"
                + "- hook id: count\n"
                + "- duration: Ns\n"
                + "\n"
                + "2 files\n"
                + "\n"
                + "Boxed....................................................................Failed\n"
                + "- hook id: boxed\n"
                + "- exit code: 1\n"
                + "\n"
                + "hook `boxed` needs swift (`swift` is not on PATH): install it (see"
                + " https://www.swift.org/install/)\n"
                + "\n"
                + "Local....................................................................Passed\n");
    assertThat(first.exitCode()).isEqualTo(1);

    // The clone and the environment are reused: nothing is initialized or installed again.
    CliRun second = CliRun.in(work, "run", "--all-files", "count");
    assertThat(second.out()).startsWith("Count files....");
    assertThat(second.exitCode()).isZero();
  }
}
