package dev.precommit.lang;

import dev.precommit.FatalException;
import dev.precommit.config.PythonRepr;
import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import dev.precommit.repo.Hook;
import dev.precommit.repo.Store;
import dev.precommit.repo.StoreLock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code language: docker}: the hook repository's {@code Dockerfile}, built as pre-commit 4.6.2
 * builds it ({@code docker build --tag pre-commit-<md5 of the clone's directory name> --label
 * PRE_COMMIT --pull .} in the clone when the environment is installed, again without {@code --pull}
 * before each run, since images get cleaned up), and run with {@link DockerRun}'s {@code docker run
 * …} + {@code --entrypoint <first word of entry>} + the tag + the rest of the entry, args and
 * files. The environment directory ({@code docker-default}) only records that the image was built.
 * {@code language_version} and {@code additional_dependencies} stop the install with pre-commit's
 * words, as pre-commit stops; a {@code local} docker hook has no Dockerfile to build (pre-commit
 * builds an empty directory) and is refused with a pointer to {@code docker_image}.
 */
public final class DockerLanguage implements EnvironmentLanguage {
  static final String ENV_DIR = "docker";
  private final DockerRun docker;

  DockerLanguage(DockerRun docker) {
    this.docker = docker;
  }

  @Override
  public String name() {
    return "docker";
  }

  @Override
  public Optional<String> missingToolchain(Hook hook, Map<String, String> env) {
    return Toolchain.DOCKER.missing(hook.id(), env);
  }

  /**
   * Why pre-commit would not build {@code hook}: a {@code language_version} or {@code
   * additional_dependencies} (pre-commit's words), or a local repository with no Dockerfile.
   */
  private static Optional<String> refused(Hook hook) {
    String version = hook.config().languageVersion();
    if (!version.equals("default")) {
      return Optional.of(
          "hook `"
              + hook.id()
              + "`: for now, pre-commit requires system-installed docker -- you selected"
              + " `language_version: "
              + version
              + "`");
    }
    List<String> deps = hook.config().additionalDependencies();
    if (!deps.isEmpty()) {
      return Optional.of(
          "hook `"
              + hook.id()
              + "`: for now, pre-commit does not support additional_dependencies for docker --"
              + " you selected `additional_dependencies: "
              + deps.stream().map(PythonRepr::string).collect(Collectors.joining(", ", "[", "]"))
              + "`");
    }
    if (!EnvironmentDir.isRemote(hook)) {
      return Optional.of(
          "hook `"
              + hook.id()
              + "` uses language docker in a local repository, which has no Dockerfile to build:"
              + " use language docker_image with an image name as the entry");
    }
    return Optional.empty();
  }

  @Override
  public boolean isInstalled(Hook hook, HookContext context) {
    return EnvironmentDir.isReady(EnvironmentDir.of(hook, context, ENV_DIR), dir -> true);
  }

  @Override
  public void install(Hook hook, HookContext context) throws IOException {
    try (StoreLock lock = new Store(context.cacheDir()).lock(message -> {})) {
      if (isInstalled(hook, context)) {
        return;
      }
      Optional<String> refused = refused(hook);
      if (refused.isPresent()) {
        throw new FatalException(refused.get());
      }
      EnvironmentDir.build(
          EnvironmentDir.of(hook, context, ENV_DIR),
          dir -> {
            Optional<String> failed = build(hook, context, true);
            if (failed.isPresent()) {
              throw new FatalException(
                  "cannot install the environment of hook `"
                      + hook.id()
                      + "` from "
                      + hook.repo()
                      + ": "
                      + failed.get());
            }
          });
    }
  }

  @Override
  public ProcessResult run(Hook hook, List<String> files, HookContext context) throws IOException {
    Optional<String> refused = refused(hook);
    if (refused.isPresent()) {
      return EntryProcess.failure(refused.get());
    }
    // Rebuilt (from docker's cache) in case the image was cleaned up, as pre-commit does.
    Optional<String> failed = build(hook, context, false);
    if (failed.isPresent()) {
      return EntryProcess.failure("hook `" + hook.id() + "`: " + failed.get());
    }
    List<String> entry = CommandLine.of(hook);
    List<String> command = new ArrayList<>(docker.command(context));
    command.addAll(List.of("--entrypoint", entry.get(0), tag(hook.prefix())));
    command.addAll(entry.subList(1, entry.size()));
    return SystemLanguage.runCommand(command, hook, files, context);
  }

  /**
   * {@code docker build} in the clone; empty when it succeeded, else what failed, as one line: the
   * command, its exit code and the line of docker's output that says why.
   */
  private static Optional<String> build(Hook hook, HookContext context, boolean pull)
      throws IOException {
    String exe =
        Executables.find("docker", context.environment()).map(Path::toString).orElse("docker");
    List<String> command =
        new ArrayList<>(
            List.of(exe, "build", "--tag", tag(hook.prefix()), "--label", "PRE_COMMIT"));
    if (pull) {
      command.add("--pull");
    }
    // This must come last for old versions of docker (pre-commit #477).
    command.add(".");
    ProcessResult result =
        ProcessRunner.merged(EnvironmentDir.withoutGitState(context.environment()))
            .run(command, hook.prefix());
    if (result.succeeded()) {
      return Optional.empty();
    }
    command.set(0, "docker");
    return Optional.of(
        "`"
            + String.join(" ", command)
            + "` exited with "
            + result.exitCode()
            + ": "
            + reason(result.outputText()));
  }

  /** The daemon-unreachable line, else docker's last {@code ERROR} line, else its last line. */
  static String reason(String output) {
    List<String> lines = output.strip().lines().map(String::strip).toList();
    return lines.stream()
        .filter(l -> l.contains("Cannot connect to the Docker daemon"))
        .findFirst()
        .or(() -> lines.stream().filter(l -> l.startsWith("ERROR")).reduce((a, b) -> b))
        .orElse(lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1));
  }

  /** {@code pre-commit-<md5 of the clone directory's name>}, pre-commit's image tag. */
  static String tag(Path prefix) {
    try {
      byte[] digest =
          MessageDigest.getInstance("MD5")
              .digest(prefix.getFileName().toString().getBytes(StandardCharsets.UTF_8));
      return "pre-commit-" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
