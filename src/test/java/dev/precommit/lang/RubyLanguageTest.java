package dev.precommit.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.precommit.config.HookConfig;
import dev.precommit.process.ProcessRunner;
import dev.precommit.repo.Hook;
import dev.precommit.testing.CliRun;
import dev.precommit.testing.TempGitRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ruby hooks with the system's ruby (Debian's {@code ruby} package in CI): a hook repository with a
 * gemspec and an executable, built and installed as pre-commit 4.6.2 does, with its variables.
 * rubygems.org is not reachable from the build machines, so gems from the registry are checked to
 * fail with one line; a gem given as a file is installed for real.
 */
class RubyLanguageTest {
  private static final String GEMSPEC =
      "Gem::Specification.new do |s|\n"
          + "  s.name = 'hello'\n"
          + "  s.version = '0.1.0'\n"
          + "  s.summary = 'says hello'\n"
          + "  s.authors = ['t']\n"
          + "  s.files = ['bin/hello']\n"
          + "  s.executables = ['hello']\n"
          + "  s.bindir = 'bin'\n"
          + "end\n";
  private static final String HELLO =
      "#!/usr/bin/env ruby\n"
          + "puts \"hello #{ARGV.join(' ')}\"\n"
          + "exit(ARGV.any? { |f| f.include?('bad') } ? 1 : 0)\n";
  private static final String ENV_DUMP =
      "ruby -e 'puts %w[GEM_HOME GEM_PATH BUNDLE_IGNORE_CONFIG].map { |k| \"#{k}=#{ENV[k]}\" };"
          + " puts ENV[\"PATH\"].split(\":\").first'";

  @TempDir Path tmp;

  private TempGitRepo hookRepo() {
    return TempGitRepo.init(tmp.resolve("rubyhooks"))
        .write("hello.gemspec", GEMSPEC)
        .write("bin/hello", HELLO)
        .executable("bin/hello")
        .write(
            ".pre-commit-hooks.yaml",
            "- id: hello\n"
                + "  name: hello\n"
                + "  entry: hello\n"
                + "  language: ruby\n"
                + "- id: envdump\n"
                + "  name: envdump\n"
                + "  entry: "
                + ENV_DUMP
                + "\n"
                + "  language: ruby\n"
                + "  pass_filenames: false\n"
                + "  verbose: true\n")
        .stageAll()
        .commit("hooks");
  }

  private static void assumeRuby(Map<String, String> env) {
    assumeTrue(
        Executables.find("ruby", env).isPresent() && Executables.find("gem", env).isPresent(),
        "ruby and gem are not on PATH (Debian: apt-get install ruby): ruby hooks not tested");
  }

  @Test
  void theGemIsBuiltAndInstalledIntoAPrivateGemHome() throws Exception {
    TempGitRepo hooks = hookRepo();
    String rev = hooks.git("rev-parse", "HEAD").strip();
    TempGitRepo work =
        TempGitRepo.init(tmp.resolve("work"))
            .write("a.txt", "a\n")
            .write(
                ".pre-commit-config.yaml",
                "repos:\n- repo: "
                    + hooks.root()
                    + "\n  rev: "
                    + rev
                    + "\n  hooks:\n  - id: hello\n  - id: envdump\n")
            .stageAll();
    Map<String, String> env = work.env();
    assumeRuby(env);
    env.put("GEM_PATH", "/somewhere/else");

    CliRun run = CliRun.in(work.root(), env, "run", "--all-files");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    Path clone;
    try (Stream<Path> dirs = Files.list(Path.of(env.get("PRECOMMIT_HOME")))) {
      clone =
          dirs.filter(d -> Files.isDirectory(d.resolve("rbenv-system"))).findFirst().orElseThrow();
    }
    Path gems = clone.resolve("rbenv-system/gems");
    assertThat(clone.resolve("hello-0.1.0.gem")).exists();
    assertThat(gems.resolve("bin/hello")).isExecutable();
    assertThat(run.outWithoutDurations())
        .isEqualTo(
            "[INFO] Initializing environment for "
                + hooks.root()
                + ".\n"
                + "[INFO] Installing environment for "
                + hooks.root()
                + ".\n"
                + "[INFO] Once installed this environment will be reused.\n"
                + "[INFO] This may take a few minutes...\n"
                + "hello....................................................................Passed\n"
                + "envdump..................................................................Passed\n"
                + "- hook id: envdump\n"
                + "- duration: Ns\n"
                + "\n"
                + "GEM_HOME="
                + gems
                + "\n"
                + "GEM_PATH=\n"
                + "BUNDLE_IGNORE_CONFIG=1\n"
                + gems.resolve("bin")
                + "\n"
                + "\n");

    work.write("bad.txt", "b\n").stageAll();
    CliRun failing = CliRun.in(work.root(), env, "run", "hello", "--all-files");
    assertThat(failing.exitCode()).isEqualTo(1);
    assertThat(failing.out()).contains("- exit code: 1\n\nhello ").doesNotContain("Installing");
  }

  @Test
  void aLocalHooksGemsComeFromAdditionalDependencies() throws Exception {
    TempGitRepo hooks = hookRepo();
    Map<String, String> env = hooks.env();
    assumeRuby(env);
    hooks.git("clean", "-fdxq");
    assertThat(
            ProcessRunner.merged(env)
                .run(
                    List.of(
                        Executables.find("gem", env).orElseThrow().toString(),
                        "build",
                        "hello.gemspec"),
                    hooks.root())
                .succeeded())
        .isTrue();
    Path gem = hooks.path("hello-0.1.0.gem");
    TempGitRepo work =
        TempGitRepo.init(tmp.resolve("work"))
            .write("a.txt", "a\n")
            .write(
                ".pre-commit-config.yaml",
                "repos:\n- repo: local\n  hooks:\n  - id: hi\n    name: hi\n    entry: hello\n"
                    + "    language: ruby\n    additional_dependencies: ['"
                    + gem
                    + "']\n    verbose: true\n")
            .stageAll();

    CliRun run = CliRun.in(work.root(), work.env(), "run", "--all-files");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("- hook id: hi\n", "\nhello .pre-commit-config.yaml a.txt\n");
  }

  @Test
  void gemsFromRubygemsOrgInstallOrFailWithOneLine() throws Exception {
    TempGitRepo hooks = hookRepo();
    String rev = hooks.git("rev-parse", "HEAD").strip();
    TempGitRepo work =
        TempGitRepo.init(tmp.resolve("work"))
            .write("a.txt", "a\n")
            .write(
                ".pre-commit-config.yaml",
                "repos:\n- repo: "
                    + hooks.root()
                    + "\n  rev: "
                    + rev
                    + "\n  hooks:\n  - id: hello\n    additional_dependencies: [rake]\n")
            .stageAll();
    Map<String, String> env = work.env();
    assumeRuby(env);
    Network.passRegistrySettings(env);

    CliRun run = CliRun.in(work.root(), env, "run", "--all-files");

    if (Network.reachable("https://rubygems.org/")) {
      assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
      return;
    }
    assertThat(run.exitCode()).isEqualTo(1);
    String line = run.err().lines().filter(l -> l.contains("hello")).findFirst().orElseThrow();
    assertThat(line)
        .startsWith(
            "An error has occurred: cannot install the environment of hook `hello` from "
                + hooks.root())
        .contains(
            " --no-document --no-format-executable --no-user-install --install-dir ",
            "hello-0.1.0.gem rake` exited with 2: ERROR:  Could not find a valid gem 'rake' (>= 0),"
                + " here is why: Unable to download data from https://rubygems.org/");
    assertThat(run.err().lines().filter(l -> !l.isBlank())).hasSize(1);
  }

  @Test
  void aVersionPreCommitWouldDownloadIsOneLine() {
    Language ruby = Languages.standard().find("ruby").orElseThrow();
    Hook hook = hookWithVersion("2.7.2");
    assertThat(ruby.missingToolchain(hook, Map.of("PATH", "/usr/bin")))
        .contains(
            "hook `the-hook` has `language_version: 2.7.2`, a ruby pre-commit would download with"
                + " rbenv; precommit does not download toolchains: install it (`rbenv install"
                + " 2.7.2`) and set `language_version: system`");
  }

  @Test
  void withoutRubyTheHookNamesWhatToInstall() throws IOException {
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    executable(bin.resolve("ruby"));
    executable(bin.resolve("apt-get"));
    Language ruby = Languages.standard().find("ruby").orElseThrow();
    assertThat(ruby.missingToolchain(hookWithVersion("default"), Map.of("PATH", bin.toString())))
        .contains(
            "hook `the-hook` needs ruby (`gem` is not on PATH):"
                + " install it with `sudo apt-get install ruby`");
  }

  @Test
  void defaultIsSystemOnlyForARubyOutsideHomeAndNotAShim() throws IOException {
    Path home = Files.createDirectories(tmp.resolve("home"));
    Path system = Files.createDirectories(tmp.resolve("usr/bin"));
    Path inHome = Files.createDirectories(home.resolve(".local/bin"));
    Path shims = Files.createDirectories(tmp.resolve("opt/rbenv/shims"));
    for (Path dir : List.of(system, inHome, shims)) {
      executable(dir.resolve("ruby"));
      executable(dir.resolve("gem"));
    }
    assertThat(RubyLanguage.systemRuby(Map.of("HOME", home.toString(), "PATH", system.toString())))
        .isTrue();
    assertThat(RubyLanguage.systemRuby(Map.of("HOME", home.toString(), "PATH", inHome.toString())))
        .isFalse();
    assertThat(RubyLanguage.systemRuby(Map.of("HOME", "/", "PATH", inHome.toString()))).isTrue();
    assertThat(RubyLanguage.systemRuby(Map.of("HOME", home.toString(), "PATH", shims.toString())))
        .isFalse();
  }

  private Hook hookWithVersion(String version) {
    HookConfig config =
        new HookConfig(
            "the-hook",
            "The Hook",
            "hello",
            "ruby",
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(),
            List.of(),
            false,
            false,
            true,
            null,
            version,
            null,
            false,
            null,
            false,
            null,
            null);
    return new Hook("https://x/y", config, tmp);
  }

  private static void executable(Path file) throws IOException {
    Files.writeString(file, "#!/bin/sh\nexit 0\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
