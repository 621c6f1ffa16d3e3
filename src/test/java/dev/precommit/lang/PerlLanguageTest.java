package dev.precommit.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.precommit.process.ProcessRunner;
import dev.precommit.testing.CliRun;
import dev.precommit.testing.TempGitRepo;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A perl hook repository (a Makefile.PL distribution with a module and a script) installed for real
 * with the machine's {@code cpan}, as pre-commit installs it, with a dependency from a CPAN mirror
 * made by the test (CPAN's own mirrors are not reachable here): the test's {@code HOME} holds a
 * CPAN config that names it.
 */
class PerlLanguageTest {
  @TempDir Path tmp;

  private String hookRepository() {
    TempGitRepo hooks =
        TempGitRepo.init(tmp.resolve("perlhooks"))
            .write(
                "Makefile.PL",
                "use ExtUtils::MakeMaker;\n"
                    + "WriteMakefile(NAME => 'Count::Hook', VERSION => '0.01',"
                    + " EXE_FILES => ['bin/count-hook']);\n")
            .write(
                "lib/Count/Hook.pm",
                "package Count::Hook;\nsub count { return scalar(@_) . ' files'; }\n1;\n")
            .write(
                "bin/count-hook",
                "#!/usr/bin/env perl\n"
                    + "use strict; use warnings; use Count::Hook; use Local::Dep;\n"
                    + "print Local::Dep::hi(), ' ', Count::Hook::count(@ARGV), \"\\n\";\n"
                    + "exit(grep(/bad/, @ARGV) ? 1 : 0);\n")
            .executable("bin/count-hook")
            .write(
                ".pre-commit-hooks.yaml",
                "- id: count\n  name: Count files\n  entry: count-hook\n  language: perl\n")
            .stageAll()
            .commit("hooks");
    return hooks.git("rev-parse", "HEAD").strip();
  }

  private Map<String, String> env;

  private TempGitRepo work(String mirror, String hookExtras) throws Exception {
    TempGitRepo work = TempGitRepo.init(tmp.resolve("work"));
    env = work.env();
    assumeTrue(
        Executables.find("cpan", env).isPresent() && Executables.find("make", env).isPresent(),
        "cpan or make is not on PATH (Debian: apt-get install perl make)");
    // A HOME outside the work tree with a CPAN config of our own: no first-run questions, and
    // the given mirror (CPAN's own are not reachable from the test machines).
    env.put("HOME", tmp.resolve("home").toString());
    Path config = tmp.resolve("home/.cpan/CPAN/MyConfig.pm");
    Files.createDirectories(config.getParent());
    Path cpanHome = config.getParent().getParent();
    Files.writeString(
        config,
        "$CPAN::Config = {\n"
            + "  'cpan_home' => q["
            + cpanHome
            + "],\n  'build_dir' => q["
            + cpanHome.resolve("build")
            + "],\n  'keep_source_where' => q["
            + cpanHome.resolve("sources")
            + "],\n  'prefs_dir' => q["
            + cpanHome.resolve("prefs")
            + "],\n  'urllist' => [q["
            + mirror
            + "]],\n"
            + "  'check_sigs' => q[0],\n"
            + "  'connect_to_internet_ok' => q[1],\n"
            + "  'auto_commit' => q[0],\n"
            + "  'build_requires_install_policy' => q[yes],\n"
            + "  'prerequisites_policy' => q[follow],\n"
            + "  'makepl_arg' => q[INSTALLDIRS=site],\n"
            + "  'make' => q[make],\n"
            + "  'make_install_make_command' => q[make],\n"
            + "  'mbuild_install_build_command' => q[./Build],\n"
            + "  'mbuildpl_arg' => q[],\n"
            + "  'index_expire' => q[1],\n"
            + "  'scan_cache' => q[atstart],\n"
            + "  'inactivity_timeout' => q[0],\n"
            + "  'use_prompt_default' => q[1],\n"
            + "  'pushy_https' => q[0],\n"
            + "  'prefer_installer' => q[MB],\n"
            + "  'tar_verbosity' => q[none],\n"
            + "  'load_module_verbosity' => q[none],\n"
            + "  'halt_on_failure' => q[0],\n"
            + "};\n"
            + "1;\n");
    String rev = hookRepository();
    work.write("a.txt", "a\n")
        .write("b.txt", "b\n")
        .write(
            ".pre-commit-config.yaml",
            "repos:\n-   repo: ../perlhooks\n    rev: "
                + rev
                + "\n    hooks:\n    -   id: count\n"
                + hookExtras)
        .stageAll()
        .commit("config");
    return work;
  }

  @Test
  void aModuleTheMirrorDoesNotHaveStopsTheInstallWithOneLine() throws Exception {
    TempGitRepo work =
        work(
            localMirror().toUri().toString(),
            "        additional_dependencies: [Acme::Not::Here]\n");

    CliRun run = CliRun.in(work.root(), env, "run", "--all-files");

    assertThat(run.exitCode()).isEqualTo(1);
    // cpan itself exits 0 here.
    assertThat(run.err())
        .isEqualTo(
            "An error has occurred: cannot install the environment of hook `count` from"
                + " ../perlhooks: `cpan -T . Acme::Not::Here` exited with 0: >(error): Could not"
                + " expand [Acme::Not::Here]. Check the module name.\n");
  }

  /**
   * A CPAN mirror in a directory: the indexes cpan reads and one distribution, Local-Dep-1.0 with
   * the module Local::Dep.
   */
  private Path localMirror() throws Exception {
    Path mirror = tmp.resolve("mirror");
    Path author = Files.createDirectories(mirror.resolve("authors/id/L/LO/LOCAL"));
    Path dist = Files.createDirectories(tmp.resolve("dist/Local-Dep-1.0/lib/Local"));
    Files.writeString(
        dist.resolve("../../Makefile.PL"),
        "use ExtUtils::MakeMaker;\nWriteMakefile(NAME => 'Local::Dep', VERSION => '1.0');\n");
    Files.writeString(
        dist.resolve("Dep.pm"),
        "package Local::Dep;\nour $VERSION = '1.0';\nsub hi { 'dep' }\n1;\n");
    Path tarball = author.resolve("Local-Dep-1.0.tar.gz");
    assertThat(
            ProcessRunner.merged(TempGitRepo.isolatedEnv(tmp))
                .run(
                    List.of("tar", "czf", tarball.toString(), "Local-Dep-1.0"), tmp.resolve("dist"))
                .succeeded())
        .isTrue();
    byte[] bytes = Files.readAllBytes(tarball);
    Files.writeString(
        author.resolve("CHECKSUMS"),
        "$cksum = {\n  'Local-Dep-1.0.tar.gz' => {\n    'cpan_path' => 'L/LO/LOCAL',\n"
            + "    'md5' => '"
            + digest("MD5", bytes)
            + "',\n    'sha256' => '"
            + digest("SHA-256", bytes)
            + "',\n    'size' => "
            + bytes.length
            + "\n  },\n};\n");
    gzip(
        mirror.resolve("authors/01mailrc.txt.gz"),
        "alias LOCAL \"Local Author <local@example.com>\"\n");
    gzip(
        mirror.resolve("modules/02packages.details.txt.gz"),
        "File:         02packages.details.txt\n"
            + "Line-Count:   1\n"
            + "Last-Updated: Sun, 06 Dec 2026 00:00:00 GMT\n\n"
            + "Local::Dep                         1.0  L/LO/LOCAL/Local-Dep-1.0.tar.gz\n");
    gzip(
        mirror.resolve("modules/03modlist.data.gz"),
        "File:        03modlist.data\nModcount:    0\n\n"
            + "package CPAN::Modulelist;\nsub data { return {} }\n1;\n");
    return mirror;
  }

  private static String digest(String algorithm, byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
  }

  private static void gzip(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void installsTheRepositoryWithCpanAndRunsItsScript() throws Exception {
    TempGitRepo work =
        work(localMirror().toUri().toString(), "        additional_dependencies: [Local::Dep]\n");

    CliRun first = CliRun.in(work.root(), env, "run", "--all-files", "--verbose");

    assertThat(first.err()).isEmpty();
    assertThat(first.outWithoutDurations())
        .endsWith(
            "[INFO] Installing environment for ../perlhooks.\n"
                + "[INFO] Once installed this environment will be reused.\n"
                + "[INFO] This may take a few minutes...\n"
                + "Count"
                + " files..............................................................Passed\n"
                + "- hook id: count\n"
                + "- duration: Ns\n\n"
                + "dep 3 files\n\n");
    assertThat(first.exitCode()).isZero();
    work.write("bad.txt", "x\n").stage("bad.txt");
    CliRun second = CliRun.in(work.root(), env, "run");
    assertThat(second.out())
        .isEqualTo(
            "Count files..............................................................Failed\n"
                + "- hook id: count\n"
                + "- exit code: 1\n\n"
                + "dep 1 files\n\n");
    assertThat(second.exitCode()).isEqualTo(1);
  }

  @Test
  void anUnreachableCpanStopsTheInstallWithOneLine() throws Exception {
    TempGitRepo work =
        work("http://127.0.0.1:9/", "        additional_dependencies: [Local::Dep]\n");

    CliRun run = CliRun.in(work.root(), env, "run", "--all-files");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .startsWith("An error has occurred: cannot install the environment of hook `count` from")
        .contains(
            "`cpan -T . Local::Dep` exited with 2: Could not fetch authors/01mailrc.txt.gz"
                + " (CPAN could not be reached: ")
        .contains("Connection refused")
        .hasLineCount(1);
    assertThat(run.out()).doesNotContain("Count files");
  }
}
