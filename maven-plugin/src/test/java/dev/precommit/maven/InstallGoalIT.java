package dev.precommit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The install goal in real Maven builds of sample projects, then real git commits. */
class InstallGoalIT {
  private static final String INSTALLED = "pre-commit installed at .git/hooks/pre-commit";

  @Test
  void multiModuleBuildInstallsOnceAndTheNextCommitRunsTheHooks(@TempDir Path dir)
      throws Exception {
    Sample sample = Sample.create(dir, 3).initGit();

    Sample.Result first = sample.mvn("validate");
    assertThat(first.code()).as(first.output()).isZero();
    assertThat(first.count(INSTALLED)).as(first.output()).isEqualTo(1);
    Path hook = sample.root().resolve(".git/hooks/pre-commit");
    Path launcher = sample.root().resolve(".git/precommit/launcher");
    assertThat(sample.read(".git/hooks/pre-commit"))
        .contains("precommit-shim-5e0a3c9d71b2")
        .contains("LAUNCHER=" + launcher);
    assertThat(sample.read(".git/precommit/launcher"))
        .contains("java=" + Path.of(System.getProperty("java.home"), "bin", "java"))
        .contains(sample.repository().resolve("dev/precommit/precommit").toString());

    // A second build changes nothing and says nothing.
    FileTime written = Files.getLastModifiedTime(hook);
    Sample.Result second = sample.mvn("validate");
    assertThat(second.code()).as(second.output()).isZero();
    assertThat(second.output()).doesNotContain("installed at").doesNotContain("precommit:");
    assertThat(Files.getLastModifiedTime(hook)).isEqualTo(written);

    // The commit is blocked by a bad file, and accepted once the hook fixed it.
    sample.write("m1/notes.txt", "trailing   \n");
    sample.git("add", "-A");
    Sample.Result blocked = sample.git("commit", "-m", "bad");
    assertThat(blocked.code()).as(blocked.output()).isEqualTo(1);
    assertThat(blocked.output())
        .contains("trim trailing whitespace.................................................Failed")
        .contains("Fixing m1/notes.txt");
    sample.git("add", "-A");
    Sample.Result accepted = sample.git("commit", "-m", "fixed");
    assertThat(accepted.code()).as(accepted.output()).isZero();
    assertThat(accepted.output())
        .contains(
            "trim trailing whitespace.................................................Passed");

    // The start-up archive was prepared in the background, for the launcher to use.
    assertThat(first.output())
        .contains("precommit: preparing the start-up archive in the background");
    Path startup = sample.cache().resolve("startup");
    assertThat(awaitArchive(startup)).as("archive or .none in " + startup).isTrue();
    try (Stream<Path> files = Files.list(startup)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .anyMatch(name -> name.endsWith(".jsa") || name.endsWith(".aot"));
    }
    assertThat(sample.read(".git/precommit/launcher")).contains(startup.toString());
  }

  @Test
  void newEngineJarRewritesTheLauncherAndForeignHooksAreKept(@TempDir Path dir) throws Exception {
    Sample sample = Sample.create(dir, 0).initGit();
    sample.write(".git/hooks/pre-commit", "#!/bin/sh\necho theirs\n");
    Path.of(sample.root().toString(), ".git/hooks/pre-commit").toFile().setExecutable(true);

    Sample.Result first = sample.mvn("validate", "-Dprecommit.startupArchive=false");
    assertThat(first.code()).as(first.output()).isZero();
    assertThat(first.output())
        .contains("Running in migration mode with existing hooks at .git/hooks/pre-commit.legacy")
        .contains(INSTALLED);
    assertThat(sample.read(".git/hooks/pre-commit.legacy")).isEqualTo("#!/bin/sh\necho theirs\n");

    // Another engine jar (a new release, or a rebuilt one) makes the next build update the hooks.
    String version = System.getProperty("plugin.version");
    Path jar =
        sample
            .repository()
            .resolve("dev/precommit/precommit/" + version + "/precommit-" + version + "-all.jar");
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(5)));
    String before = sample.read(".git/precommit/launcher");
    Sample.Result next = sample.mvn("validate", "-Dprecommit.startupArchive=false");
    assertThat(next.code()).as(next.output()).isZero();
    assertThat(next.output()).contains(INSTALLED);
    assertThat(sample.read(".git/precommit/launcher")).isNotEqualTo(before);

    // The legacy hook runs first, then precommit's.
    sample.write("a.txt", "ok\n");
    sample.git("add", "a.txt");
    Sample.Result commit = sample.git("commit", "-m", "a");
    assertThat(commit.code()).as(commit.output()).isZero();
    assertThat(commit.output()).contains("theirs").contains("trim trailing whitespace");

    Sample.Result uninstall = sample.mvn("precommit:uninstall");
    assertThat(uninstall.code()).as(uninstall.output()).isZero();
    assertThat(sample.read(".git/hooks/pre-commit")).isEqualTo("#!/bin/sh\necho theirs\n");
    assertThat(sample.root().resolve(".git/precommit")).doesNotExist();
  }

  @Test
  void skipSwitchesAndNoGitRepositorySkipWithOneLine(@TempDir Path dir) {
    Sample sample = Sample.create(dir, 2);
    Sample.Result noGit = sample.mvn("validate");
    assertThat(noGit.code()).as(noGit.output()).isZero();
    assertThat(noGit.count("precommit: hooks not installed (not in a git work tree)")).isEqualTo(1);

    sample.initGit();
    Sample.Result skipped = sample.mvn("validate", "-Dprecommit.skip");
    assertThat(skipped.code()).as(skipped.output()).isZero();
    assertThat(skipped.count("precommit: hooks not installed (precommit.skip)")).isEqualTo(1);

    Sample.Result ci = sample.env("CI", "true").mvn("validate");
    assertThat(ci.code()).as(ci.output()).isZero();
    assertThat(ci.count("precommit: hooks not installed (CI is set)")).isEqualTo(1);
    assertThat(sample.root().resolve(".git/hooks/pre-commit")).doesNotExist();
  }

  @Test
  void linkedWorktreeAndSubmoduleInstallIntoTheCommonGitDir(@TempDir Path dir) throws Exception {
    Sample sample = Sample.create(dir, 1).initGit();
    Path worktree = dir.resolve("wt");
    assertThat(sample.git("worktree", "add", "-q", worktree.toString()).code()).isZero();
    Sample.Result build = sample.mvn(worktree, "validate", "-Dprecommit.startupArchive=false");
    assertThat(build.code()).as(build.output()).isZero();
    assertThat(sample.root().resolve(".git/hooks/pre-commit")).isExecutable();
    Files.writeString(worktree.resolve("bad.txt"), "x \n");
    sample.git(worktree, "add", "bad.txt");
    Sample.Result blocked = sample.git(worktree, "commit", "-m", "bad");
    assertThat(blocked.code()).as(blocked.output()).isEqualTo(1);
    assertThat(blocked.output()).contains("Fixing bad.txt");

    // The same project as a submodule of another repository.
    Path outer = dir.resolve("outer");
    Files.createDirectories(outer);
    sample.git(outer, "init", "-q", ".");
    Sample.Result added =
        sample.git(
            outer,
            "-c",
            "protocol.file.allow=always",
            "submodule",
            "add",
            "-q",
            sample.root().toString(),
            "sub");
    assertThat(added.code()).as(added.output()).isZero();
    Sample.Result sub =
        sample.mvn(outer.resolve("sub"), "validate", "-Dprecommit.startupArchive=false");
    assertThat(sub.code()).as(sub.output()).isZero();
    assertThat(sub.output()).contains("pre-commit installed at");
    assertThat(outer.resolve(".git/modules/sub/hooks/pre-commit")).isExecutable();
    assertThat(outer.resolve(".git/modules/sub/precommit/launcher")).isExecutable();
  }

  private static boolean awaitArchive(Path startup) throws IOException, InterruptedException {
    for (int i = 0; i < 600; i++) {
      if (Files.isDirectory(startup)) {
        try (Stream<Path> files = Files.list(startup)) {
          if (files.anyMatch(
              p -> {
                String name = p.getFileName().toString();
                return name.endsWith(".jsa") || name.endsWith(".aot") || name.endsWith(".none");
              })) {
            return true;
          }
        }
      }
      Thread.sleep(500);
    }
    return false;
  }
}
