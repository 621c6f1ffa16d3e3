package dev.precommit.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import dev.precommit.testing.TempGitRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code install.sh} run into a temporary prefix with the jar {@code package} just built (an
 * integration test: failsafe runs it after the shaded jar exists).
 */
class InstallScriptIT {
  @TempDir Path tmp;
  Path sources;
  Path jar;
  Path prefix;
  Map<String, String> env;

  @BeforeEach
  void setUp() {
    sources = Path.of(System.getProperty("precommit.sources", "")).toAbsolutePath();
    jar = Path.of(System.getProperty("precommit.jar", "target/none.jar")).toAbsolutePath();
    assumeTrue(
        Files.isRegularFile(jar),
        "the shaded jar "
            + jar
            + " is not built; run `mvn -B verify` (failsafe runs this after"
            + " `package`)");
    prefix = tmp.resolve("prefix");
    env = new HashMap<>(TempGitRepo.isolatedEnv(tmp.resolve("home")));
    env.put("PRECOMMIT_PREFIX", prefix.toString());
    env.put("PRECOMMIT_JAR", jar.toString());
  }

  private ProcessResult run(Path dir, String... command) throws IOException {
    return ProcessRunner.separate(env).run(List.of(command), dir);
  }

  private ProcessResult installSh(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(sources.resolve("install.sh").toString()));
    command.addAll(List.of(args));
    return ProcessRunner.separate(env).run(command, tmp);
  }

  private Path launcher() {
    return prefix.resolve("bin/precommit");
  }

  private List<Path> archives() throws IOException {
    try (Stream<Path> files = Files.list(prefix.resolve("share/precommit"))) {
      return files
          .filter(f -> f.toString().matches(".*precommit-[0-9a-f]{16}\\.(jsa|aot)"))
          .toList();
    }
  }

  @Test
  void installsLauncherJarAndArchiveAndIsQuietTheSecondTime() throws Exception {
    ProcessResult first = installSh();

    assertThat(first.exitCode()).as(first.outputText() + first.errorText()).isZero();
    assertThat(first.outputText())
        .startsWith(
            "precommit " + dev.precommit.Version.number() + " installed at " + launcher() + "\n")
        .contains("start-up archive: yes")
        .contains(prefix.resolve("bin") + " is not on your PATH")
        .contains("export PATH=\"" + prefix.resolve("bin") + ":$PATH\"");
    assertThat(first.errorText()).isEmpty();
    assertThat(Files.isExecutable(launcher())).isTrue();
    assertThat(Files.mismatch(jar, prefix.resolve("share/precommit/precommit.jar"))).isEqualTo(-1);
    assertThat(archives()).hasSize(1);

    ProcessResult second = installSh();
    assertThat(second.exitCode()).isZero();
    assertThat(second.outputText().lines()).hasSize(1);
    assertThat(second.outputText()).contains("is up to date at " + launcher());
    assertThat(second.errorText()).isEmpty();

    env.put("PATH", prefix.resolve("bin") + ":" + env.get("PATH"));
    assertThat(installSh().outputText())
        .isEqualTo(
            "precommit "
                + dev.precommit.Version.number()
                + " is up to date at "
                + launcher()
                + "\n");
  }

  @Test
  void theLauncherRunsCleanlyWithAndWithoutItsArchive() throws Exception {
    assertThat(installSh().exitCode()).isZero();

    ProcessResult withArchive = run(tmp, launcher().toString(), "--help");
    assertThat(withArchive.exitCode()).isZero();
    assertThat(withArchive.outputText()).contains("install");
    assertThat(withArchive.errorText()).isEmpty();

    String archiveFlag =
        (archives().get(0).toString().endsWith(".aot") ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=")
            + archives().get(0);
    ProcessResult traced = run(tmp, "sh", "-x", launcher().toString(), "--version");
    assertThat(traced.errorText()).contains("exec ").contains(archiveFlag);

    // The jar changed behind the archive's back: the JVM rejects the archive without a word.
    Path installedJar = prefix.resolve("share/precommit/precommit.jar");
    Files.setLastModifiedTime(installedJar, FileTime.fromMillis(System.currentTimeMillis() + 5000));
    ProcessResult mismatched = run(tmp, launcher().toString(), "--help");
    assertThat(mismatched.exitCode()).isZero();
    assertThat(mismatched.outputText()).startsWith("Usage: precommit").doesNotContain("warning");
    assertThat(mismatched.errorText()).isEmpty();

    // A JDK updated in place (its modules file newer than the archive): no archive, no warning.
    Files.setLastModifiedTime(archives().get(0), FileTime.fromMillis(0));
    ProcessResult stale = run(tmp, "sh", "-x", launcher().toString(), "--version");
    assertThat(stale.exitCode()).isZero();
    assertThat(stale.errorText()).contains("exec ").doesNotContain(archiveFlag);

    Files.delete(archives().get(0));
    ProcessResult without = run(tmp, launcher().toString(), "--help");
    assertThat(without.exitCode()).isZero();
    assertThat(without.outputText()).contains("install");
    assertThat(without.errorText()).isEmpty();
  }

  @Test
  void theLauncherHandsCallsToTheWarmEngineOnlyOutsideCiOrWhenAsked() throws Exception {
    assertThat(installSh().exitCode()).isZero();
    Path client = prefix.resolve("share/precommit/precommit-client");
    assumeTrue(Files.isExecutable(client), "no C compiler: install.sh built no client");
    env.remove("CI");
    env.remove("PRECOMMIT_DAEMON");
    env.put("PRECOMMIT_DAEMON_IDLE", "1"); // a daemon the first call starts leaves at once
    String throughClient = "exec " + client + " ";
    try {
      assertThat(traceOf("--version")).contains(throughClient);
      assertThat(traceOf("daemon", "status")).doesNotContain(throughClient);

      env.put("CI", "true");
      assertThat(traceOf("--version")).doesNotContain(throughClient);
      env.put("PRECOMMIT_DAEMON", "1");
      assertThat(traceOf("--version")).contains(throughClient);

      env.remove("CI");
      env.put("PRECOMMIT_DAEMON", "0");
      assertThat(traceOf("--version")).doesNotContain(throughClient);
    } finally {
      run(tmp, launcher().toString(), "daemon", "stop");
    }
  }

  /** What the launcher exec'd, from {@code sh -x}; the call itself must succeed. */
  private String traceOf(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("sh", "-x", launcher().toString()));
    command.addAll(List.of(args));
    ProcessResult result = ProcessRunner.separate(env).run(command, tmp);
    assertThat(result.exitCode()).as(result.errorText()).isZero();
    return result.errorText();
  }

  @Test
  void shimsInstalledThroughTheLauncherCallItByAbsolutePath() throws Exception {
    assertThat(installSh().exitCode()).isZero();
    TempGitRepo repo = TempGitRepo.init(tmp.resolve("repo"));

    ProcessResult install = run(repo.root(), launcher().toString(), "install", "-t", "pre-push");

    assertThat(install.exitCode()).as(install.errorText()).isZero();
    assertThat(install.outputText()).isEqualTo("pre-commit installed at .git/hooks/pre-push\n");
    assertThat(repo.read(".git/hooks/pre-push")).contains("LAUNCHER=" + launcher() + "\n");
  }

  @Test
  void uninstallRemovesWhatItInstalled() throws Exception {
    assertThat(installSh().exitCode()).isZero();

    ProcessResult removed = installSh("--uninstall");

    assertThat(removed.exitCode()).isZero();
    assertThat(removed.outputText())
        .contains("Removed " + launcher())
        .contains("Removed " + prefix.resolve("share/precommit"));
    assertThat(launcher()).doesNotExist();
    assertThat(prefix.resolve("share/precommit")).doesNotExist();
    assertThat(prefix.resolve("bin")).exists();
    assertThat(installSh("--uninstall").outputText())
        .isEqualTo("precommit is not installed under " + prefix + "\n");
  }

  @Test
  void aBuildSaysItTakesMinutesAndNoEscapeCodeReachesAPipe() throws Exception {
    // A Maven that behaves as Maven 3.8 does with -B -q -Dstyle.color=never (colour resets on
    // stdout all the same) and "builds" by copying the jar package made.
    Path src = Files.createDirectories(tmp.resolve("src"));
    Files.copy(sources.resolve("install.sh"), src.resolve("install.sh"));
    Files.copy(sources.resolve("pom.xml"), src.resolve("pom.xml"));
    Path bin = Files.createDirectories(tmp.resolve("fake-maven"));
    Path args = tmp.resolve("mvn-args");
    String built = "target/precommit-" + dev.precommit.Version.number() + "-all.jar";
    Path mvn =
        Files.writeString(
            bin.resolve("mvn"),
            "#!/bin/sh\n"
                + "printf '%s\\n' \"$@\" > '"
                + args
                + "'\n"
                + "printf '\\033[0m\\033[0m\\033[1;33m[WARNING]\\033[m a warning\\n'\n"
                + "printf '\\033[1;31m[ERROR]\\033[m on stderr\\n' >&2\n"
                + "mkdir -p target && cp '"
                + jar
                + "' "
                + built
                + "\n");
    Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    env.put("PATH", bin + ":" + env.get("PATH"));
    env.remove("PRECOMMIT_JAR");

    ProcessResult result =
        ProcessRunner.separate(env)
            .run(List.of("/bin/sh", src.resolve("install.sh").toString()), tmp);

    assertThat(result.exitCode()).as(result.outputText() + result.errorText()).isZero();
    assertThat(Files.readAllLines(args)).contains("-B", "-q", "-Dstyle.color=never");
    assertThat(result.outputText())
        .startsWith(
            "Building precommit "
                + dev.precommit.Version.number()
                + " with Maven (the first build takes a few minutes)…\n"
                + "[WARNING] a warning\n")
        .contains("installed at " + launcher());
    assertThat(result.errorText()).isEqualTo("[ERROR] on stderr\n");
    assertThat(result.outputText() + result.errorText()).doesNotContain("\u001b");
  }

  @Test
  void saysExactlyWhatIsMissing() throws Exception {
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    for (String tool : List.of("dirname", "sed", "head", "find", "awk", "cat", "cut", "git")) {
      ProcessResult which = run(tmp, "sh", "-c", "command -v " + tool);
      Path wrapper =
          Files.writeString(
              bin.resolve(tool), "#!/bin/sh\nexec " + which.outputText().strip() + " \"$@\"\n");
      Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    env.put("PATH", bin.toString());
    env.put("JAVA_HOME", tmp.resolve("no-jdk").toString());
    env.remove("PRECOMMIT_JAR");
    Path copy = Files.createDirectories(tmp.resolve("src"));
    Files.copy(sources.resolve("install.sh"), copy.resolve("install.sh"));
    Files.copy(sources.resolve("pom.xml"), copy.resolve("pom.xml"));

    ProcessResult result =
        ProcessRunner.separate(env)
            .run(List.of("/bin/sh", copy.resolve("install.sh").toString()), tmp);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.outputText()).isEmpty();
    assertThat(result.errorText())
        .startsWith("install.sh: cannot install precommit; missing:\n")
        .contains("- a JDK 17 or newer (java and javac)")
        .contains(tmp.resolve("no-jdk") + "/bin/java is not executable")
        .contains("- Maven (mvn), to build the jar");
    assertThat(prefix).doesNotExist();
  }
}
