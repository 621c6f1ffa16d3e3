package dev.precommit.hooks.formatters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import dev.precommit.testing.TempGitRepo;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pretty-format-kotlin} named by its GitHub URL, through {@code precommit install} and a
 * real {@code git commit}, against outputs recorded from the real wrapper (v2.16.0 run by
 * pre-commit 4.6.2, its jars seeded) in {@code golden/pretty-format-kotlin/}: {@code <case>.out} is
 * the commit's output with {@code {cwd}}, {@code {wrapper_cache}} (where the wrapper keeps its
 * jars) and {@code {java_version}} (what {@code java -version} prints) left open, {@code
 * <case>.exit} the commit's exit code, {@code <case>.<file>.expected} a file after the commit.
 * Nothing is cloned: GitHub is never asked.
 */
class PrettyFormatKotlinEndToEndTest {
  private static final String URL =
      "https://github.com/macisamuele/language-formatters-pre-commit-hooks";
  private static final String CENTRAL = "https://repo.maven.apache.org/maven2/";

  /** The launcher and the caches, shared so that versions from Maven Central resolve once. */
  @TempDir static Path shared;

  private static Path launcher;

  @TempDir Path dir;

  @BeforeAll
  static void writeLauncher() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    StringBuilder exports = new StringBuilder();
    for (String pkg : List.of("api", "code", "file", "parser", "tree", "util")) {
      exports.append(" --add-exports=jdk.compiler/com.sun.tools.javac.").append(pkg);
      exports.append("=ALL-UNNAMED");
    }
    launcher = shared.resolve("bin/precommit");
    Files.createDirectories(launcher.getParent());
    Files.writeString(
        launcher,
        "#!/bin/sh\nexec '"
            + java
            + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
            + exports
            + " -cp '"
            + System.getProperty("java.class.path")
            + "' dev.precommit.Main \"$@\"\n");
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** A commit of {@code files} with the hook configured with {@code args} at {@code rev}. */
  private Commit commit(String rev, String args, String... files) throws Exception {
    TempGitRepo repo = TempGitRepo.init(dir.resolve("repo"));
    Map<String, String> env = repo.env();
    env.put("PATH", launcher.getParent() + ":" + env.get("PATH"));
    env.put("PRECOMMIT_HOME", shared.resolve("precommit").toString());
    Path wrapperCache = Files.createDirectories(shared.resolve("pre-commit"));
    env.put("PRE_COMMIT_HOME", wrapperCache.toString());
    repo.write(
            ".pre-commit-config.yaml",
            "repos:\n- repo: "
                + URL
                + "\n  rev: "
                + rev
                + "\n  hooks:\n  - id: pretty-format-kotlin\n    args: "
                + args
                + "\n")
        .stageAll()
        .commit("config");
    ProcessRunner runner = ProcessRunner.merged(env);
    assertThat(runner.run(List.of(launcher.toString(), "install"), repo.root()).exitCode())
        .isZero();
    for (String file : files) {
      repo.write(file, golden(file + ".input")).stage(file);
    }
    ProcessResult result = runner.run(List.of("git", "commit", "-q", "-m", "test"), repo.root());
    return new Commit(repo, wrapperCache, result);
  }

  private record Commit(TempGitRepo repo, Path wrapperCache, ProcessResult result) {
    /** {@code golden}'s text with this commit's directories and this JVM's banner filled in. */
    String expected(String golden) throws Exception {
      return golden
          .replace("{cwd}", repo.root().toRealPath().toString())
          .replace("{wrapper_cache}", wrapperCache.toRealPath().toString())
          .replace("{java_version}", javaVersion());
    }
  }

  private void assertMatchesGolden(Commit commit, String name) throws Exception {
    assertThat(commit.result().outputText()).isEqualTo(commit.expected(golden(name + ".out")));
    assertThat(commit.result().exitCode())
        .isEqualTo(Integer.parseInt(golden(name + ".exit").strip()));
  }

  @Test
  void ktlintPassesAWellFormattedFile() throws Exception {
    assumeTrue(reachable(CENTRAL), "Maven Central unreachable: cannot resolve ktlint 1.8.0");
    assertMatchesGolden(commit("v2.16.0", "[]", "Good.kt"), "ktlint-good");
  }

  @Test
  void ktlintListsTheFilesItReports() throws Exception {
    assumeTrue(reachable(CENTRAL), "Maven Central unreachable: cannot resolve ktlint 1.8.0");
    Commit commit = commit("v2.16.0", "[]", "Bad.kt", "Good.kt");
    assertMatchesGolden(commit, "ktlint-check");
    assertThat(commit.repo().read("Bad.kt")).isEqualTo(golden("Bad.kt.input"));
  }

  @Test
  void ktlintAutofixFormatsTheReportedFiles() throws Exception {
    assumeTrue(reachable(CENTRAL), "Maven Central unreachable: cannot resolve ktlint 1.8.0");
    Commit commit = commit("v2.16.0", "[--autofix]", "Bad.kt", "Good.kt");
    assertMatchesGolden(commit, "ktlint-autofix");
    assertThat(commit.repo().read("Bad.kt")).isEqualTo(golden("ktlint-autofix.Bad.kt.expected"));
  }

  @Test
  void ktfmtGoogleStyleListsTheUnformattedFiles() throws Exception {
    assumeTrue(reachable(CENTRAL), "Maven Central unreachable: cannot resolve ktfmt 0.61");
    Commit commit = commit("v2.16.0", "[--ktfmt, --ktfmt-style=google]", "Bad.kt", "KGood.kt");
    assertMatchesGolden(commit, "ktfmt-google");
  }

  @Test
  void ktfmtAutofixRewritesTheFile() throws Exception {
    assumeTrue(reachable(CENTRAL), "Maven Central unreachable: cannot resolve ktfmt 0.61");
    Commit commit = commit("v2.16.0", "[--ktfmt, --autofix]", "Bad.kt");
    assertMatchesGolden(commit, "ktfmt-autofix");
    assertThat(commit.repo().read("Bad.kt")).isEqualTo(golden("ktfmt-autofix.Bad.kt.expected"));
  }

  @Test
  void anInvalidStyleIsArgparsesError() throws Exception {
    assertMatchesGolden(commit("v2.16.0", "[--ktfmt-style=bogus]", "Good.kt"), "bogus");
  }

  /** What {@code java -version} of the JDK running the tests prints. */
  private static String javaVersion() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-version").start();
    byte[] err = process.getErrorStream().readAllBytes();
    process.waitFor();
    return new String(err, StandardCharsets.UTF_8);
  }

  private static String golden(String name) throws IOException {
    try (InputStream in =
        PrettyFormatKotlinEndToEndTest.class.getResourceAsStream(
            "/golden/pretty-format-kotlin/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static boolean reachable(String url) {
    java.net.URI uri = java.net.URI.create(url);
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(uri.getHost(), 443), 3000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
