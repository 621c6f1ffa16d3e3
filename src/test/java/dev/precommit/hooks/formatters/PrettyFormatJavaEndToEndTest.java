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
 * {@code pretty-format-java} named by its GitHub URL, through {@code precommit install} and a real
 * {@code git commit}, against outputs recorded from the real wrapper (v2.16.0 run by pre-commit
 * 4.6.2, its jars seeded from Maven Central) in {@code golden/pretty-format-java/}: {@code
 * <case>.out} is the commit's output with {@code {cwd}}, {@code {wrapper_cache}} (where the wrapper
 * keeps its jars) and {@code {java_version}} (what {@code java -version} prints) left open, {@code
 * <case>.exit} the commit's exit code, {@code <case>.<file>.expected} a file after the commit.
 * Nothing is cloned: GitHub is never asked.
 */
class PrettyFormatJavaEndToEndTest {
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
                + "\n  hooks:\n  - id: pretty-format-java\n    args: "
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
  void aWellFormattedFilePasses() throws Exception {
    Commit commit = commit("v2.16.0", "[--google-java-formatter-version=1.28.0]", "Good.java");
    assertMatchesGolden(commit, "good");
  }

  @Test
  void badAndBrokenFilesAreListedAsTheWrapperListsThem() throws Exception {
    Commit commit =
        commit(
            "v2.16.0",
            "[--google-java-formatter-version=1.28.0]",
            "Good.java",
            "Bad.java",
            "Broken.java");
    assertMatchesGolden(commit, "many");
    assertThat(commit.repo().read("Bad.java")).isEqualTo(golden("Bad.java.input"));
  }

  @Test
  void autofixRewritesTheFile() throws Exception {
    Commit commit =
        commit("v2.16.0", "[--autofix, --google-java-formatter-version=1.28.0]", "Bad.java");
    assertMatchesGolden(commit, "bad-autofix");
    assertThat(commit.repo().read("Bad.java")).isEqualTo(golden("bad-autofix.Bad.java.expected"));
  }

  @Test
  void aospAutofixIndentsByFour() throws Exception {
    Commit commit =
        commit(
            "v2.16.0", "[--aosp, --autofix, --google-java-formatter-version=1.28.0]", "Bad.java");
    assertMatchesGolden(commit, "aosp-autofix");
    assertThat(commit.repo().read("Bad.java")).isEqualTo(golden("aosp-autofix.Bad.java.expected"));
  }

  @Test
  void anUnknownOptionIsArgparsesError() throws Exception {
    assertMatchesGolden(commit("v2.16.0", "[--bogus]", "Good.java"), "bogus");
  }

  @Test
  void anotherVersionIsResolvedFromMavenCentral() throws Exception {
    assumeTrue(reachable(CENTRAL), "Maven Central unreachable: cannot resolve gjf 1.22.0");
    Commit commit =
        commit("v2.16.0", "[--google-java-formatter-version=1.22.0]", "Bad.java", "Good.java");
    assertMatchesGolden(commit, "v122");
  }

  @Test
  void theRevsDefaultVersion() throws Exception {
    if (Runtime.version().feature() >= 21) {
      assumeTrue(reachable(CENTRAL), "Maven Central unreachable: cannot resolve gjf 1.33.0");
      assertMatchesGolden(commit("v2.16.0", "[]", "Bad.java"), "default25");
      return;
    }
    // v2.16.0's default, google-java-format 1.33.0, needs Java 21: one line says so.
    Commit commit = commit("v2.16.0", "[]", "Bad.java");
    assertThat(commit.result().outputText())
        .isEqualTo(
            commit.expected(
                """
                Google (or Palantir) Java Formatter......................................Failed
                - hook id: pretty-format-java
                - exit code: 1

                [cwd={cwd}] Run command: ('java', '-version')
                [return_code=0] |\s
                \tstderr: {java_version}
                pretty-format-java: google-java-format 1.33.0 needs Java 21 or newer, and precommit\
                 runs on Java %d: run precommit on a JDK 21+ (JAVA_HOME) or pin\
                 --google-java-formatter-version=1.28.0 in the hook's args

                """
                    .formatted(Runtime.version().feature())));
    assertThat(commit.result().exitCode()).isEqualTo(1);
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
        PrettyFormatJavaEndToEndTest.class.getResourceAsStream(
            "/golden/pretty-format-java/" + name)) {
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
