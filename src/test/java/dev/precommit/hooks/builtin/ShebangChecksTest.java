package dev.precommit.hooks.builtin;

import static dev.precommit.hooks.builtin.GitCheckFixture.context;
import static dev.precommit.hooks.builtin.GitCheckFixture.output;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.hooks.CheckResult;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check-executables-have-shebangs and check-shebang-scripts-are-executable. */
class ShebangChecksTest {
  private TempGitRepo repo;

  @BeforeEach
  void setUp(@TempDir Path dir) {
    repo = TempGitRepo.init(dir.resolve("repo"));
  }

  @Test
  void executableWithoutShebangIsReportedWithQuotedHints() throws Exception {
    repo.write("my script.sh", "echo hi\n").executable("my script.sh");
    repo.write("ok.sh", "#!/bin/sh\necho hi\n").executable("ok.sh");

    CheckResult result =
        new ExecutablesHaveShebangsCheck()
            .run(context(repo), List.of("my script.sh", "ok.sh"), List.of());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(output(result))
        .isEqualTo(
            "my script.sh: marked executable but has no (or invalid) shebang!\n"
                + "  If it isn't supposed to be executable, try: `chmod -x 'my script.sh'`\n"
                + "  If on Windows, you may also need to: `git add --chmod=-x 'my script.sh'`\n"
                + "  If it is supposed to be executable, double-check its shebang.\n");
  }

  @Test
  void withFileModeOffTheIndexModeDecides() throws Exception {
    repo.git("config", "core.fileMode", "false");
    repo.write("a.sh", "echo a\n").write("b.sh", "echo b\n").stageAll();
    repo.git("update-index", "--chmod=+x", "a.sh");

    CheckResult result =
        new ExecutablesHaveShebangsCheck().run(context(repo), List.of("a.sh", "b.sh"), List.of());

    assertThat(output(result))
        .startsWith("a.sh: marked executable but has no (or invalid) shebang!\n")
        .doesNotContain("b.sh");
    assertThat(result.exitCode()).isEqualTo(1);
  }

  @Test
  void shebangScriptNotExecutableInTheIndexIsReported() throws Exception {
    repo.write("run.sh", "#!/bin/sh\n").write("x.sh", "#!/bin/sh\n").stageAll();
    repo.write("notes.txt", "plain\n").stageAll();
    repo.git("update-index", "--chmod=+x", "x.sh");

    CheckResult result =
        new ShebangScriptsAreExecutableCheck()
            .run(context(repo), List.of("notes.txt", "run.sh", "x.sh"), List.of());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(output(result))
        .isEqualTo(
            "run.sh: has a shebang but is not marked executable!\n"
                + "  If it is supposed to be executable, try: `chmod +x run.sh`\n"
                + "  If on Windows, you may also need to: `git add --chmod=+x run.sh`\n"
                + "  If it is not supposed to be executable, double-check its shebang is"
                + " wanted.\n\n");
  }

  @Test
  void executableShebangScriptPasses() throws Exception {
    repo.write("run.sh", "#!/bin/sh\n").executable("run.sh").stageAll();

    CheckResult result =
        new ShebangScriptsAreExecutableCheck().run(context(repo), List.of("run.sh"), List.of());

    assertThat(result.exitCode()).isZero();
    assertThat(output(result)).isEmpty();
  }
}
