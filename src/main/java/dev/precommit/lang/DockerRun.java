package dev.precommit.lang;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The start of every {@code docker run} command line, as pre-commit 4.6.2's {@code docker_cmd}
 * builds it: {@code docker run --rm}, {@code --tty} when colour is on, {@code -u uid:gid} unless
 * the daemon is rootless, {@code -v <work tree>:/src:rw,Z} (the work tree's path on the docker
 * host, see {@link DockerHostPath}) and {@code --workdir /src}. Whether the daemon is rootless is
 * asked once ({@code docker system info}) per instance, as pre-commit asks once per process; one
 * instance serves the {@code docker} and {@code docker_image} languages of one run.
 */
final class DockerRun {
  private final Path mountinfo;
  private Boolean rootless;

  DockerRun(Path mountinfo) {
    this.mountinfo = mountinfo;
  }

  /** The command line up to the image (or {@code --entrypoint}), for hooks run in {@code root}. */
  List<String> command(HookContext context) throws IOException {
    Map<String, String> env = context.environment();
    List<String> command = new ArrayList<>(List.of("docker", "run", "--rm"));
    if (context.color()) {
      command.add("--tty");
    }
    Optional<String> user = user(env, context.root());
    if (user.isPresent()) {
      command.add("-u");
      command.add(user.get());
    }
    String path =
        DockerHostPath.of(
            context.root().toString(),
            mountinfo,
            id -> docker(env, context.root(), "inspect", id).map(ProcessResult::outputText));
    command.addAll(List.of("-v", path + ":/src:rw,Z", "--workdir", "/src"));
    return command;
  }

  /** {@code uid:gid} of this process; empty with a rootless daemon, or where there are none. */
  private Optional<String> user(Map<String, String> env, Path root) throws IOException {
    if (isRootless(env, root)) {
      return Optional.empty();
    }
    try {
      com.sun.security.auth.module.UnixSystem unix = new com.sun.security.auth.module.UnixSystem();
      return Optional.of(unix.getUid() + ":" + unix.getGid());
    } catch (LinkageError | RuntimeException e) {
      return Optional.empty();
    }
  }

  private synchronized boolean isRootless(Map<String, String> env, Path root) throws IOException {
    if (rootless == null) {
      rootless =
          docker(env, root, "system", "info", "--format", "{{ json . }}")
              .map(r -> rootless(r.output()))
              .orElse(false);
    }
    return rootless;
  }

  /**
   * {@code SecurityOptions} holds {@code name=rootless} (docker), or {@code host.security.rootless}
   * is true (podman).
   */
  static boolean rootless(byte[] info) {
    JsonNode node;
    try {
      node = new ObjectMapper().readTree(new String(info, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return false;
    }
    if (node == null) {
      return false;
    }
    for (JsonNode option : node.path("SecurityOptions")) {
      if (option.asText().equals("name=rootless")) {
        return true;
      }
    }
    return node.path("host").path("security").path("rootless").asBoolean(false);
  }

  /** Runs {@code docker args…} (stderr apart); empty when it fails or is not on PATH. */
  static Optional<ProcessResult> docker(Map<String, String> env, Path directory, String... args)
      throws IOException {
    Optional<Path> docker = Executables.find("docker", env);
    if (docker.isEmpty()) {
      return Optional.empty();
    }
    List<String> command = new ArrayList<>(List.of(docker.get().toString()));
    command.addAll(List.of(args));
    ProcessResult result = ProcessRunner.separate(env).run(command, directory);
    return result.succeeded() ? Optional.of(result) : Optional.empty();
  }
}
