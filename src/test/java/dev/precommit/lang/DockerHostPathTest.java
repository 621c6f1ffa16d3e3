package dev.precommit.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pre-commit's {@code _get_docker_path} and {@code _is_rootless}, on made-up system files. */
class DockerHostPathTest {
  private static final String ID = "a".repeat(40) + "0123456789abcdef01234567";
  private static final String INSPECT =
      "[{\"Mounts\": [{\"Source\": \"/home/me/code\", \"Destination\": \"/builds\"},"
          + " {\"Source\": \"/var/lib/x\", \"Destination\": \"/cache\"}]}]";

  @TempDir Path tmp;

  private Path mountinfo(String hostnameMount) throws IOException {
    return Files.writeString(
        tmp.resolve("mountinfo"),
        "1 0 0:1 / / rw - overlay overlay rw\n"
            + "2 1 8:1 "
            + hostnameMount
            + " /etc/hostname rw - ext4 /dev/sda1 rw\n",
        StandardCharsets.ISO_8859_1);
  }

  @Test
  void inAContainerAMountedPathIsTheHostsPath() throws IOException {
    Path info = mountinfo("/var/lib/docker/containers/" + ID + "/hostname");
    List<String> asked = new ArrayList<>();
    DockerHostPath.Inspect inspect =
        id -> {
          asked.add(id);
          return Optional.of(INSPECT);
        };

    assertThat(DockerHostPath.of("/builds/proj", info, inspect)).isEqualTo("/home/me/code/proj");
    assertThat(DockerHostPath.of("/builds", info, inspect)).isEqualTo("/home/me/code");
    assertThat(DockerHostPath.of("/buildsx/proj", info, inspect)).isEqualTo("/buildsx/proj");
    assertThat(DockerHostPath.of("/srv/proj", info, inspect)).isEqualTo("/srv/proj");
    assertThat(asked).containsOnly(ID);
  }

  @Test
  void podmansLayoutIsRecognisedAsPreCommitRecognisesIt() throws IOException {
    Path info = mountinfo("/containers/overlay-containers/" + ID + "/userdata/hostname");
    assertThat(DockerHostPath.containerId(info)).contains(ID);
    // pre-commit 4.6.2's pattern does not match a storage directory in between: neither do we.
    Path storage =
        mountinfo("/var/lib/containers/storage/overlay-containers/" + ID + "/userdata/hostname");
    assertThat(DockerHostPath.containerId(storage)).isEmpty();
  }

  @Test
  void outsideAContainerOrWhenDockerCannotSeeItThePathStays() throws IOException {
    assertThat(DockerHostPath.of("/builds/p", tmp.resolve("none"), id -> Optional.of(INSPECT)))
        .isEqualTo("/builds/p");
    assertThat(DockerHostPath.of("/builds/p", mountinfo("/etc/hostname"), id -> Optional.of("?")))
        .isEqualTo("/builds/p");
    Path info = mountinfo("/var/lib/docker/containers/" + ID + "/hostname");
    assertThat(DockerHostPath.of("/builds/p", info, id -> Optional.empty())).isEqualTo("/builds/p");
  }

  @Test
  void rootlessDaemonsAreRecognisedAsPreCommitDoes() {
    assertThat(rootless("{\"SecurityOptions\": [\"name=seccomp\", \"name=rootless\"]}")).isTrue();
    assertThat(rootless("{\"host\": {\"security\": {\"rootless\": true}}}")).isTrue();
    assertThat(rootless("{\"SecurityOptions\": [\"name=seccomp,profile=builtin\"]}")).isFalse();
    assertThat(rootless("{\"SecurityOptions\": null}")).isFalse();
    assertThat(rootless("{}")).isFalse();
    assertThat(rootless("not json")).isFalse();
  }

  private static boolean rootless(String info) {
    return DockerRun.rootless(info.getBytes(StandardCharsets.UTF_8));
  }
}
