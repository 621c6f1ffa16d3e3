package dev.precommit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tests' PATH: the machine's, with every installed precommit, pre-commit and prek hidden. */
class TestPathTest {
  @TempDir Path tmp;

  private Path tool(String dir, String name) throws IOException {
    Path file = Files.createDirectories(tmp.resolve(dir)).resolve(name);
    Files.writeString(file, "#!/bin/sh\necho " + name + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }

  private static List<String> entries(String path) {
    return Arrays.asList(path.split(File.pathSeparator, -1));
  }

  @Test
  void directoriesWithoutTheToolsStayAsTheyAre() throws IOException {
    Path plain = tool("plain", "git").getParent();
    String path = plain + File.pathSeparator + tmp.resolve("missing");

    assertThat(TestPath.of(path)).isEqualTo(path);
  }

  @Test
  void aDirectoryHoldingOnlyTheToolsIsDropped() throws IOException {
    Path installed = tool("prefix/bin", "precommit").getParent();
    tool("venv/bin", "pre-commit");
    tool("cargo/bin", "prek");
    Path plain = tool("plain", "git").getParent();

    String path =
        String.join(
            File.pathSeparator,
            installed.toString(),
            tmp.resolve("venv/bin").toString(),
            "",
            plain.toString(),
            tmp.resolve("cargo/bin").toString());

    assertThat(TestPath.of(path)).isEqualTo(plain.toString());
  }

  @Test
  void aDirectoryHoldingOtherProgramsTooIsReplacedByLinksToThem() throws IOException {
    Path shared = tool("usr/local/bin", "precommit").getParent();
    Path git = tool("usr/local/bin", "git");
    tool("usr/local/bin", "pre-commit");

    List<String> path = entries(TestPath.of(shared.toString()));

    assertThat(path).hasSize(1);
    Path mirror = Path.of(path.get(0));
    assertThat(mirror).isNotEqualTo(shared);
    assertThat(mirror.resolve("git")).isSymbolicLink();
    assertThat(Files.readSymbolicLink(mirror.resolve("git"))).isEqualTo(git);
    assertThat(mirror.resolve("precommit")).doesNotExist();
    assertThat(mirror.resolve("pre-commit")).doesNotExist();
    assertThat(TestPath.of(shared.toString())).isEqualTo(mirror.toString());
  }

  @Test
  void theIsolatedEnvironmentFindsNoPrecommit() throws IOException {
    // Whatever this machine has installed (.ci/hostile puts failing ones first on PATH).
    String path = TempGitRepo.isolatedEnv(tmp).get("PATH");
    for (String dir : entries(path)) {
      for (String tool : TestPath.HIDDEN) {
        assertThat(Path.of(dir, tool)).as("%s on the tests' PATH", tool).doesNotExist();
      }
    }
    assertThat(path).isNotEmpty();
  }
}
