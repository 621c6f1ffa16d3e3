package dev.precommit.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precommit.testing.TempGitRepo;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepoClonerTest {
  @TempDir Path tmp;
  TempGitRepo hooks;
  String v1;
  String v2;

  @BeforeEach
  void makeRepo() {
    hooks = TempGitRepo.init(tmp.resolve("hooks"));
    hooks.write("f.txt", "one\n").stageAll().commit("one").git("tag", "v1.0.0");
    v1 = hooks.git("rev-parse", "HEAD").strip();
    hooks.write("f.txt", "two\n").stageAll().commit("two").git("tag", "-a", "v2.0.0", "-m", "v2");
    v2 = hooks.git("rev-parse", "HEAD").strip();
    hooks.write("f.txt", "three\n").stageAll().commit("three");
  }

  private Path cloneAt(String repo, String rev) {
    Path dir = tmp.resolve("clone-" + Math.abs((repo + rev).hashCode()));
    new RepoCloner(tmp).cloneInto(repo, rev, dir);
    return dir;
  }

  @Test
  void lightweightTagIsCheckedOutShallow() throws Exception {
    Path dir = cloneAt(hooks.root().toString(), "v1.0.0");
    assertThat(Files.readString(dir.resolve("f.txt"))).isEqualTo("one\n");
    assertThat(dir.resolve(".git/shallow")).exists();
  }

  @Test
  void annotatedTagOverFileUrl() throws Exception {
    Path dir = cloneAt(hooks.root().toUri().toString(), "v2.0.0");
    assertThat(Files.readString(dir.resolve("f.txt"))).isEqualTo("two\n");
  }

  @Test
  void insteadOfRulesFromTheGlobalConfigAndTheEnvironmentRewriteTheUrl() throws Exception {
    Path global = tmp.resolve("gitconfig");
    Files.writeString(
        global,
        "[url \""
            + tmp.resolve("nowhere")
            + "/\"]\n"
            + "\tinsteadOf = https://github.com/\n"
            + "[url \""
            + hooks.root().getParent()
            + "/\"]\n"
            + "\tinsteadOf = https://github.com/pre-commit/\n");
    java.util.Map<String, String> env = hooks.env();
    env.put("GIT_CONFIG_GLOBAL", global.toString());
    String url = "https://github.com/pre-commit/hooks";
    // The longest matching prefix wins, as in git.
    Path dir = tmp.resolve("clone-rewritten");
    new RepoCloner(tmp, env).cloneInto(url, "v1.0.0", dir);
    assertThat(Files.readString(dir.resolve("f.txt"))).isEqualTo("one\n");

    java.util.Map<String, String> counted = hooks.env();
    counted.put("GIT_CONFIG_COUNT", "1");
    counted.put("GIT_CONFIG_KEY_0", "url." + hooks.root() + ".insteadOf");
    counted.put("GIT_CONFIG_VALUE_0", "https://example.invalid/x");
    assertThat(new RepoCloner(tmp, counted).url("https://example.invalid/x"))
        .isEqualTo(hooks.root().toString());
    assertThat(new RepoCloner(tmp, hooks.env()).url(url)).isEqualTo(url);
  }

  @Test
  void relativePathIsResolvedAgainstTheWorkTree() throws Exception {
    Path dir = cloneAt("hooks", "main");
    assertThat(Files.readString(dir.resolve("f.txt"))).isEqualTo("three\n");
  }

  @Test
  void fullAndAbbreviatedShas() throws Exception {
    assertThat(Files.readString(cloneAt(hooks.root().toString(), v1).resolve("f.txt")))
        .isEqualTo("one\n");
    assertThat(
            Files.readString(
                cloneAt(hooks.root().toString(), v2.substring(0, 10)).resolve("f.txt")))
        .isEqualTo("two\n");
  }

  @Test
  void unknownRevSaysSoAndHowToFixIt() {
    String repo = hooks.root().toString();
    assertThatThrownBy(() -> cloneAt(repo, "v9.9.9"))
        .isInstanceOf(RepoFetchException.class)
        .hasMessage(
            "cannot fetch "
                + repo
                + ": rev `v9.9.9` not found.  Check the rev, or run `precommit autoupdate`.");
  }

  @Test
  void missingLocalRepositoryIsNotFound() {
    String repo = tmp.resolve("nope").toString();
    assertThatThrownBy(() -> cloneAt(repo, "v1"))
        .isInstanceOf(RepoFetchException.class)
        .hasMessage(
            "cannot fetch "
                + repo
                + ": repository not found.  Check the repository URL and `rev`.");
  }

  @Test
  void missingFileUrlIsNotFound() {
    String repo = tmp.resolve("nope").toUri().toString();
    assertThatThrownBy(() -> cloneAt(repo, "v1"))
        .hasMessage(
            "cannot fetch "
                + repo
                + ": repository not found.  Check the repository URL and `rev`.");
  }

  @Test
  void unresolvableHostIsNamed() {
    String repo = "https://nonexistent.invalid/x/y";
    assertThatThrownBy(() -> cloneAt(repo, "v1"))
        .isInstanceOf(RepoFetchException.class)
        .hasMessage(
            "cannot fetch https://nonexistent.invalid/x/y: could not resolve host"
                + " nonexistent.invalid.  Check your network connection and the repository URL.");
  }

  @Test
  void refusedConnectionIsNamed() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    String repo = "http://127.0.0.1:" + port + "/x/y";
    assertThatThrownBy(() -> cloneAt(repo, "v1"))
        .isInstanceOf(RepoFetchException.class)
        .hasMessage(
            "cannot fetch "
                + repo
                + ": connection refused.  Check your network connection and the repository URL.");
  }

  @Test
  void sshIsNamedAsUnsupported() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    String repo = "ssh://git@127.0.0.1:" + port + "/x/y";
    assertThatThrownBy(() -> cloneAt(repo, "v1"))
        .hasMessage(
            "cannot fetch "
                + repo
                + ": precommit cannot fetch over ssh yet.  Use the repository's https URL.");
  }
}
