package dev.precommit.lang;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The path the docker daemon knows a directory of ours by, as pre-commit's {@code
 * _get_docker_path}: when precommit itself runs in a container (its {@code /proc/1/mountinfo}
 * mounts {@code …/containers/<64 hex>/hostname}), {@code docker inspect <id>} lists that
 * container's mounts and a path under a mount's destination is rewritten to its source on the host,
 * so {@code -v} mounts the user's files rather than a path the host does not have. Anything else
 * (not in a container, the container not visible, the path not under a mount) leaves the path as it
 * is.
 */
final class DockerHostPath {
  static final Path MOUNTINFO = Path.of("/proc/1/mountinfo");

  private static final Pattern HOSTNAME_MOUNT =
      Pattern.compile("/containers(?:/overlay-containers)?/([a-z0-9]{64})(?:/userdata)?/hostname");

  /** What {@code docker inspect <id>} prints, or empty when it fails. */
  interface Inspect {
    Optional<String> of(String containerId) throws IOException;
  }

  private DockerHostPath() {}

  static String of(String path, Path mountinfo, Inspect inspect) throws IOException {
    Optional<String> container = containerId(mountinfo);
    if (container.isEmpty()) {
      return path;
    }
    Optional<String> out = inspect.of(container.get());
    if (out.isEmpty()) {
      // The container is not visible from here (perhaps docker-in-docker).
      return path;
    }
    JsonNode mounts = new ObjectMapper().readTree(out.get()).path(0).path("Mounts");
    for (JsonNode mount : mounts) {
      String source = mount.path("Source").asText();
      String destination = mount.path("Destination").asText();
      if (isUnder(path, destination)) {
        // Python's str.replace, as pre-commit: every occurrence.
        return path.replace(destination, source);
      }
    }
    return path;
  }

  /** The id of the container precommit runs in, from its first process's mounts. */
  static Optional<String> containerId(Path mountinfo) throws IOException {
    if (!Files.isReadable(mountinfo)) {
      return Optional.empty();
    }
    for (String line : Files.readAllLines(mountinfo, StandardCharsets.ISO_8859_1)) {
      Matcher m = HOSTNAME_MOUNT.matcher(line);
      if (m.find()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  /** {@code os.path.commonpath((path, dir)) == dir}: {@code dir} is {@code path} or a parent. */
  private static boolean isUnder(String path, String dir) {
    return !dir.isEmpty() && Path.of(path).normalize().startsWith(Path.of(dir).normalize());
  }
}
