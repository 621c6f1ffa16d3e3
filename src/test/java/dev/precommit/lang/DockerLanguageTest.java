package dev.precommit.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precommit.FatalException;
import dev.precommit.testing.CliRun;
import dev.precommit.testing.TempGitRepo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code docker} and {@code docker_image} command lines against pre-commit 4.6.2's. No docker
 * daemon runs here, so a fake {@code docker} first on {@code PATH} ({@code
 * golden/docker/fake-docker}) records each call: its working directory and arguments, answering
 * {@code system info} and {@code inspect} as a plain daemon would. The goldens were recorded by
 * running {@code pre-commit run --all-files} (4.6.2, uid 0) with that same fake in the same layout:
 * a hook repository with a Dockerfile and the manifest below, the config below, files {@code a.sh}
 * and {@code b c.sh}; then the clone's path, the work tree, the image tag and uid:gid were replaced
 * by placeholders.
 */
class DockerLanguageTest {
  private static final String MANIFEST =
      "- id: dock\n"
          + "  name: dock\n"
          + "  entry: tool --flag \"two words\"\n"
          + "  language: docker\n"
          + "- id: img\n"
          + "  name: img\n"
          + "  entry: koalaman/shellcheck:v0.10.0 -x\n"
          + "  language: docker_image\n"
          + "  require_serial: true\n";

  @TempDir Path tmp;
  private TempGitRepo work;
  private Path log;
  private Path fakeBin;

  @BeforeEach
  void repositories() throws IOException {
    TempGitRepo hooks =
        TempGitRepo.init(tmp.resolve("hookrepo"))
            .write("Dockerfile", "FROM scratch\n")
            .write(".pre-commit-hooks.yaml", MANIFEST)
            .stageAll()
            .commit("hooks");
    String rev = hooks.git("rev-parse", "HEAD").strip();
    work =
        TempGitRepo.init(tmp.resolve("work"))
            .write("a.sh", "a\n")
            .write("b c.sh", "b\n")
            .write(
                ".pre-commit-config.yaml",
                "repos:\n"
                    + "- repo: "
                    + hooks.root()
                    + "\n"
                    + "  rev: "
                    + rev
                    + "\n"
                    + "  hooks:\n"
                    + "  - id: dock\n"
                    + "    args: [--arg, 'x y']\n"
                    + "    require_serial: true\n"
                    + "  - id: img\n"
                    + "- repo: local\n"
                    + "  hooks:\n"
                    + "  - id: local-img\n"
                    + "    name: local-img\n"
                    + "    entry: alpine:3 echo\n"
                    + "    language: docker_image\n"
                    + "    pass_filenames: false\n"
                    + "    always_run: true\n")
            .stageAll();
    fakeBin = Files.createDirectories(tmp.resolve("fake-bin"));
    try (InputStream script = getClass().getResourceAsStream("/golden/docker/fake-docker")) {
      Files.write(fakeBin.resolve("docker"), script.readAllBytes());
    }
    Files.setPosixFilePermissions(
        fakeBin.resolve("docker"), PosixFilePermissions.fromString("rwxr-xr-x"));
    log = tmp.resolve("docker.log");
  }

  private Map<String, String> withFakeDocker() {
    Map<String, String> env = work.env();
    env.put("PATH", fakeBin + ":" + env.get("PATH"));
    env.put("FAKE_DOCKER_LOG", log.toString());
    return env;
  }

  @Test
  void theCommandLinesArePreCommits() throws Exception {
    CliRun first = CliRun.in(work.root(), withFakeDocker(), "run", "--all-files", "--color=never");
    assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
    assertThat(first.out()).contains("dock....", "img....", "local-img....");
    String recorded = calls();
    Path clone = Path.of(recorded.lines().findFirst().orElseThrow().substring("cwd ".length()));
    assertThat(clone.resolve("Dockerfile")).exists();
    assertThat(clone.resolve("docker-default")).isDirectory();
    assertThat(recorded).isEqualTo(golden("first-run-color-never", clone));

    Files.delete(log);
    CliRun second =
        CliRun.in(work.root(), withFakeDocker(), "run", "--all-files", "--color=always");
    assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
    assertThat(calls()).isEqualTo(golden("second-run-color-always", clone));
  }

  @Test
  void withoutDockerTheHooksFailWithOneLineAndInstallHooksSaysSoFirst() throws Exception {
    Map<String, String> env = work.env();
    Path bin = Files.createDirectories(tmp.resolve("bin-without-docker"));
    Files.createSymbolicLink(bin.resolve("git"), Executables.find("git", env).orElseThrow());
    env.put("PATH", bin.toString());
    String missing =
        " needs docker (`docker` is not on PATH): install it (see"
            + " https://docs.docker.com/get-docker/)";

    CliRun install = CliRun.in(work.root(), env, "install-hooks");
    assertThat(install.exitCode()).isEqualTo(1);
    assertThat(install.out())
        .isEqualTo(
            "[INFO] Initializing environment for "
                + tmp.resolve("hookrepo")
                + ".\n"
                + "[ERROR] hook `dock`"
                + missing
                + "\n[ERROR] hook `img`"
                + missing
                + "\n[ERROR] hook `local-img`"
                + missing
                + "\n");
    CliRun validate = CliRun.in(work.root(), env, "validate-config");
    assertThat(validate.exitCode()).isEqualTo(1);
    assertThat(validate.out())
        .isEqualTo(
            "[ERROR] .pre-commit-config.yaml: hook `dock`"
                + missing
                + "\n[ERROR] .pre-commit-config.yaml: hook `img`"
                + missing
                + "\n[ERROR] .pre-commit-config.yaml: hook `local-img`"
                + missing
                + "\n");

    CliRun run = CliRun.in(work.root(), env, "run", "--all-files");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "- hook id: img\n- exit code: 1\n\nhook `img`" + missing + "\n",
            "- hook id: dock\n- exit code: 1\n\nhook `dock`" + missing + "\n")
        .doesNotContain("Installing environment");
    assertThat(log).doesNotExist();
  }

  @Test
  void theInstallCommandIsNamedForThePackageManagerOnPath() throws Exception {
    Path bin = Files.createDirectories(tmp.resolve("apt-only"));
    Files.writeString(bin.resolve("apt-get"), "#!/bin/sh\nexit 1\n");
    Files.setPosixFilePermissions(
        bin.resolve("apt-get"), PosixFilePermissions.fromString("rwxr-xr-x"));
    Language image = Languages.standard().find("docker_image").orElseThrow();
    assertThat(
            image.missingToolchain(
                Hooks.of("local", tmp, "docker_image", "alpine", List.of(), List.of()),
                Map.of("PATH", bin.toString())))
        .contains(
            "hook `the-hook` needs docker (`docker` is not on PATH):"
                + " install it with `sudo apt-get install docker.io`");
  }

  @Test
  void languageVersionAndDependenciesAreRefusedInPreCommitsWords() throws Exception {
    Map<String, String> env = withFakeDocker();
    HookContext context = new HookContext(work.root(), env, 1, false, tmp.resolve("cache"));
    Language docker = Languages.standard().find("docker").orElseThrow();
    assertThatThrownBy(
            () ->
                docker.install(
                    Hooks.of("https://x/y", tmp, "docker", "t", List.of(), List.of("a", "b")),
                    context))
        .isInstanceOf(FatalException.class)
        .hasMessage(
            "hook `the-hook`: for now, pre-commit does not support additional_dependencies for"
                + " docker -- you selected `additional_dependencies: ['a', 'b']`");
    assertThatThrownBy(
            () ->
                docker.install(
                    Hooks.of("local", tmp, "docker", "t", List.of(), List.of()), context))
        .hasMessage(
            "hook `the-hook` uses language docker in a local repository, which has no Dockerfile"
                + " to build: use language docker_image with an image name as the entry");
    Language image = Languages.standard().find("docker_image").orElseThrow();
    assertThat(
            image
                .run(
                    Hooks.of("local", tmp, "docker_image", "alpine", List.of(), List.of("a")),
                    List.of("a.sh"),
                    context)
                .outputText())
        .isEqualTo(
            "The hook `the-hook` specifies `additional_dependencies` but is using language"
                + " `docker_image` which does not install an environment.  Perhaps you meant to"
                + " use a specific language?\n");
    assertThat(log).doesNotExist();
  }

  @Test
  void aFailedBuildFailsTheHookWithDockersReason() throws Exception {
    Files.writeString(
        fakeBin.resolve("docker"),
        "#!/bin/sh\n"
            + "case \"$1\" in build)\n"
            + "  echo 'DEPRECATED: The legacy builder is deprecated'\n"
            + "  echo 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock."
            + " Is the docker daemon running?'\n"
            + "  echo 'time=\"x\" level=error msg=\"read/write on closed pipe\"'\n"
            + "  exit 1 ;;\n"
            + "esac\n");
    CliRun run = CliRun.in(work.root(), withFakeDocker(), "run", "dock", "--all-files");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out() + run.err())
        .contains(
            ": `docker build --tag pre-commit-",
            " --label PRE_COMMIT --pull .` exited with 1: Cannot connect to the Docker daemon at"
                + " unix:///var/run/docker.sock. Is the docker daemon running?");
  }

  /** The recorded calls, without {@code inspect}: made only where the tests run in a container. */
  private String calls() throws IOException {
    List<String> kept = new ArrayList<>();
    List<String> call = new ArrayList<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      call.add(line);
      if (line.equals("end")) {
        if (!call.get(1).equals("arg inspect")) {
          kept.addAll(call);
        }
        call.clear();
      }
    }
    return String.join("\n", kept) + "\n";
  }

  private String golden(String name, Path clone) throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/golden/docker/" + name + ".txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("{clone}", clone.toString())
          .replace("{root}", work.root().toString())
          .replace("{tag}", DockerLanguage.tag(clone))
          .replace("{uid}", id("-u"))
          .replace("{gid}", id("-g"));
    }
  }

  private static String id(String flag) throws Exception {
    Process id = new ProcessBuilder("id", flag).start();
    return new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
  }
}
