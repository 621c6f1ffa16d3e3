package dev.precommit.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.Version;
import dev.precommit.config.Stage;
import dev.precommit.output.Output;
import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import dev.precommit.testing.TempGitRepo;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildHooksTest {
  @TempDir Path tmp;
  private TempGitRepo repo;
  private JarLauncher launcher;
  private StartupArchive archive;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  @BeforeEach
  void setUp() throws Exception {
    repo = TempGitRepo.init(tmp.resolve("repo"));
    repo.write(
        ".pre-commit-config.yaml",
        "repos: []\ndefault_install_hook_types: [pre-commit, pre-push]\n");
    launcher = fakeLauncher(tmp.resolve("jdk"), tmp.resolve("engine-all.jar"));
    archive = launcher.archive(tmp.resolve("cache"));
  }

  /** A "JDK" whose java prints its arguments, and a "jar". */
  private static JarLauncher fakeLauncher(Path home, Path jar) throws Exception {
    Files.createDirectories(home.resolve("bin"));
    Files.createDirectories(home.resolve("lib"));
    Files.writeString(home.resolve("lib/modules"), "");
    Path java = home.resolve("bin/java");
    Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(jar, "jar");
    return new JarLauncher(home, "17.0.99", 17, jar);
  }

  private BuildHooks hooks() {
    return new BuildHooks(repo.root(), repo.env(), new Output(out, out, false));
  }

  private String output() {
    String text = out.toString(StandardCharsets.UTF_8);
    out.reset();
    return text;
  }

  private BuildHooks.Outcome install() {
    return hooks().install(launcher, archive, List.of(), ".pre-commit-config.yaml", false, false);
  }

  @Test
  void installsTheConfigsHookTypesThenDoesNothingQuietly() throws Exception {
    assertThat(install()).isEqualTo(BuildHooks.Outcome.INSTALLED);
    assertThat(output())
        .isEqualTo(
            "pre-commit installed at .git/hooks/pre-commit\n"
                + "pre-commit installed at .git/hooks/pre-push\n");
    Path launcherFile = repo.path(".git/precommit/launcher");
    assertThat(repo.read(".git/hooks/pre-push")).contains("LAUNCHER=" + launcherFile);
    FileTime written = Files.getLastModifiedTime(repo.path(".git/hooks/pre-commit"));

    assertThat(install()).isEqualTo(BuildHooks.Outcome.UNCHANGED);
    assertThat(output()).isEmpty();
    assertThat(Files.getLastModifiedTime(repo.path(".git/hooks/pre-commit"))).isEqualTo(written);
  }

  @Test
  void aShimChangedBehindItsBackIsWrittenAgainAndAForeignOneKept() throws Exception {
    install();
    output();
    repo.write(".git/hooks/pre-commit", "#!/bin/sh\necho husky\n");
    assertThat(install()).isEqualTo(BuildHooks.Outcome.INSTALLED);
    assertThat(output()).contains("Running in migration mode");
    assertThat(repo.read(".git/hooks/pre-commit.legacy")).isEqualTo("#!/bin/sh\necho husky\n");
    assertThat(repo.read(".git/hooks/pre-commit")).contains(HookScript.MARKER);
  }

  @Test
  void anotherJarOrJdkRewritesTheLauncher() throws Exception {
    install();
    String before = repo.read(".git/precommit/launcher");
    output();
    launcher = fakeLauncher(tmp.resolve("jdk-25"), tmp.resolve("engine-all.jar"));
    launcher = new JarLauncher(launcher.javaHome(), "25.0.1", 25, launcher.jar());
    archive = launcher.archive(tmp.resolve("cache"));
    assertThat(install()).isEqualTo(BuildHooks.Outcome.INSTALLED);
    assertThat(repo.read(".git/precommit/launcher"))
        .isNotEqualTo(before)
        .contains("java=" + tmp.resolve("jdk-25/bin/java"))
        .contains("-XX:AOTCache=");

    Files.setLastModifiedTime(launcher.jar(), FileTime.from(Instant.now().plusSeconds(10)));
    archive = launcher.archive(tmp.resolve("cache"));
    assertThat(install()).isEqualTo(BuildHooks.Outcome.INSTALLED);
  }

  @Test
  void editedHookTypesInTheConfigAreSeen() throws Exception {
    repo.write(".pre-commit-config.yaml", "repos: []\n");
    install();
    assertThat(repo.path(".git/hooks/pre-push")).doesNotExist();
    repo.write(".pre-commit-config.yaml", "repos: []\ndefault_install_hook_types: [pre-push]\n");
    assertThat(install()).isEqualTo(BuildHooks.Outcome.INSTALLED);
    assertThat(repo.path(".git/hooks/pre-push")).isExecutable();
  }

  @Test
  void refusesWithCoreHooksPath() {
    repo.git("config", "core.hooksPath", "elsewhere");
    assertThat(install()).isEqualTo(BuildHooks.Outcome.REFUSED);
    assertThat(output())
        .startsWith("Cowardly refusing to install hooks with `core.hooksPath` set.");
    assertThat(repo.path(".git/hooks/pre-commit")).doesNotExist();
  }

  @Test
  void theLauncherRunsTheJarWithItsJdkAndTheArchiveOnceItExists() throws Exception {
    install();
    Path launcherFile = repo.path(".git/precommit/launcher");
    ProcessRunner runner = ProcessRunner.separate(repo.env());
    ProcessResult without = runner.run(List.of(launcherFile.toString(), "--version"), tmp);
    assertThat(without.outputText())
        .doesNotContain("SharedArchiveFile")
        .contains("-XX:TieredStopAtLevel=1")
        .endsWith("-jar\n" + launcher.jar() + "\n--version\n");

    Files.createDirectories(archive.file().getParent());
    Files.writeString(archive.file(), "archive");
    ProcessResult with = runner.run(List.of(launcherFile.toString(), "--version"), tmp);
    assertThat(with.outputText()).startsWith("-XX:SharedArchiveFile=" + archive.file() + "\n");
  }

  @Test
  void uninstallRestoresTheLegacyHookAndRemovesTheLauncher() throws Exception {
    repo.write(".git/hooks/pre-commit", "#!/bin/sh\necho theirs\n");
    install();
    hooks().uninstall(List.of(Stage.PRE_COMMIT, Stage.PRE_PUSH), ".pre-commit-config.yaml");
    assertThat(repo.read(".git/hooks/pre-commit")).isEqualTo("#!/bin/sh\necho theirs\n");
    assertThat(repo.path(".git/hooks/pre-push")).doesNotExist();
    assertThat(repo.path(".git/precommit")).doesNotExist();
  }

  /** The inputs as the Maven plugin computes them, from its own parameters and JVM. */
  private String pluginInputs(boolean startupArchive) {
    return InstallStamp.inputs(
        Version.number(),
        launcher.javaHome(),
        launcher.javaRuntime(),
        launcher.jar(),
        List.of(),
        ".pre-commit-config.yaml",
        false,
        startupArchive);
  }

  @Test
  void theStampMatchesTheInputsABuildToolPluginComputesWithoutTheEngine() {
    install();
    String inputs = pluginInputs(false);
    assertThat(InstallStamp.current(repo.root().resolve("sub"), repo.env(), inputs)).isTrue();
    assertThat(
            InstallStamp.current(
                repo.root(),
                repo.env(),
                inputs.replace("startup-archive=false", "startup-archive=true")))
        .isFalse();
    repo.write(".pre-commit-config.yaml", "repos: []\n");
    assertThat(InstallStamp.current(repo.root(), repo.env(), inputs)).isFalse();
  }

  @Test
  void whileTheArchiveIsNotReadyTheStampExpires() throws Exception {
    assertThat(
            hooks().install(launcher, archive, List.of(), ".pre-commit-config.yaml", false, true))
        .isEqualTo(BuildHooks.Outcome.INSTALLED);
    Path stamp = repo.path(".git/precommit/stamp");
    String text = Files.readString(stamp);
    assertThat(text).containsPattern("\nexpires \\d+\n$");
    Files.writeString(stamp, text.replaceAll("expires \\d+", "expires 0"));
    String inputs = pluginInputs(true);
    assertThat(InstallStamp.current(repo.root(), repo.env(), inputs)).isFalse();

    Files.createDirectories(archive.file().getParent());
    Files.writeString(archive.file(), "archive");
    assertThat(
            hooks().install(launcher, archive, List.of(), ".pre-commit-config.yaml", false, true))
        .isEqualTo(BuildHooks.Outcome.UNCHANGED);
    assertThat(Files.readString(stamp)).doesNotContain("expires");
    assertThat(InstallStamp.current(repo.root(), repo.env(), inputs)).isTrue();
  }
}
