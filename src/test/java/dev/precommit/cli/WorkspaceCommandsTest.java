package dev.precommit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.testing.CliRun;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that walk a workspace: every project's config, not only the root's. */
class WorkspaceCommandsTest {
  @TempDir Path tmp;

  private static final String LOCAL =
      "repos:\n-   repo: local\n    hooks:\n    -   id: l\n        name: l\n"
          + "        entry: 'true'\n        language: system\n";

  @Test
  void validateConfigChecksEveryProjectsConfig() {
    TempGitRepo work = TempGitRepo.init(tmp.resolve("work"));
    work.write(".pre-commit-config.yaml", LOCAL)
        .write("app/.pre-commit-config.yaml", "repos: 3\n")
        .write("lib/.pre-commit-config.yaml", LOCAL)
        .stageAll();

    CliRun run = CliRun.in(work, "validate-config");

    assertThat(run.out()).contains("==> File app/.pre-commit-config.yaml\n");
    assertThat(run.exitCode()).isEqualTo(1);
    // Named files and -c keep to what they name.
    assertThat(CliRun.in(work, "validate-config", ".pre-commit-config.yaml").exitCode()).isZero();
    // From inside a project, paths are relative to it.
    assertThat(CliRun.in(work.path("app"), work.env(), "validate-config").out())
        .contains("==> File .pre-commit-config.yaml\n");
  }

  @Test
  void autoupdateUpdatesEveryProjectsConfig() {
    TempGitRepo hooks = TempGitRepo.init(tmp.resolve("hooks"));
    hooks
        .write(
            ".pre-commit-hooks.yaml", "- id: a\n  name: A\n  entry: echo a\n  language: system\n")
        .stageAll()
        .commit("1");
    hooks.git("tag", "v1.0.0");
    hooks.write("x", "2").stageAll().commit("2");
    hooks.git("tag", "v1.1.0");
    String remote =
        "repos:\n-   repo: " + hooks.root() + "\n    rev: v1.0.0\n    hooks:\n    -   id: a\n";
    TempGitRepo work = TempGitRepo.init(tmp.resolve("work"));
    work.write(".pre-commit-config.yaml", LOCAL)
        .write("app/.pre-commit-config.yaml", remote)
        .write("app/web/.pre-commit-config.yaml", remote)
        .stageAll();

    CliRun run = CliRun.in(work, "autoupdate");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(work.read("app/.pre-commit-config.yaml")).contains("rev: v1.1.0");
    assertThat(work.read("app/web/.pre-commit-config.yaml")).contains("rev: v1.1.0");

    CliRun installHooks = CliRun.in(work, "install-hooks");
    assertThat(installHooks.exitCode()).as(installHooks.out() + installHooks.err()).isZero();
  }
}
