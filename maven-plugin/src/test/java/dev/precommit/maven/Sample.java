package dev.precommit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A sample Maven project in a temporary directory, built by a real {@code mvn} against a throw-away
 * local repository that holds only the freshly built plugin and the engine's runnable jar (the
 * plugin has no dependencies: no engine pom or thin jar, no SnakeYAML), offline; and the git
 * commands the tests run in it, with the user's git config shut out.
 */
final class Sample {
  static final String CONFIG =
      """
      repos:
      -   repo: builtin
          hooks:
          -   id: trailing-whitespace
      """;

  private final Path root;
  private final Path repository;
  private final Path cache;
  private final Map<String, String> extraEnv = new HashMap<>();

  private Sample(Path root, Path repository, Path cache) {
    this.root = root;
    this.repository = repository;
    this.cache = cache;
  }

  /**
   * A project at {@code dir/app} with {@code modules} modules (0: a single jar project), the
   * plugin's install goal in its root pom, and the trailing-whitespace config.
   */
  static Sample create(Path dir, int modules) {
    Path repository = dir.resolve("m2");
    fillRepository(repository);
    Sample sample = new Sample(dir.resolve("app"), repository, dir.resolve("cache"));
    sample.write(".pre-commit-config.yaml", CONFIG);
    StringBuilder moduleList = new StringBuilder();
    for (int i = 1; i <= modules; i++) {
      moduleList.append("<module>m").append(i).append("</module>");
      sample.write(
          "m" + i + "/pom.xml",
          "<project><modelVersion>4.0.0</modelVersion><parent><groupId>sample</groupId>"
              + "<artifactId>root</artifactId><version>1</version></parent>"
              + "<artifactId>m"
              + i
              + "</artifactId></project>\n");
    }
    sample.write(
        "pom.xml",
        "<project><modelVersion>4.0.0</modelVersion>\n"
            + "<groupId>sample</groupId><artifactId>root</artifactId><version>1</version>\n"
            + (modules > 0
                ? "<packaging>pom</packaging><modules>" + moduleList + "</modules>\n"
                : "")
            + "<build><plugins><plugin>\n"
            + "<groupId>dev.precommit</groupId><artifactId>precommit-maven-plugin</artifactId>\n"
            + "<version>"
            + System.getProperty("plugin.version")
            + "</version>\n"
            + "<executions><execution><goals><goal>install</goal></goals></execution></executions>\n"
            + "</plugin></plugins></build></project>\n");
    return sample;
  }

  /** The throw-away local repository: the engine's jar from this build's repository, the plugin. */
  private static void fillRepository(Path repository) {
    String version = System.getProperty("plugin.version");
    Path from = Path.of(System.getProperty("engine.repository"));
    String engine = "dev/precommit/precommit/" + version + "/precommit-" + version + "-all.jar";
    copy(from.resolve(engine), repository.resolve(engine));
    String plexus = "org/codehaus/plexus/plexus-utils/1.1/plexus-utils-1.1.jar";
    copy(from.resolve(plexus), repository.resolve(plexus));
    String plugin = "dev/precommit/precommit-maven-plugin/" + version + "/";
    copy(
        Path.of(System.getProperty("plugin.pom")),
        repository.resolve(plugin + "precommit-maven-plugin-" + version + ".pom"));
    copy(
        Path.of(System.getProperty("plugin.jar")),
        repository.resolve(plugin + "precommit-maven-plugin-" + version + ".jar"));
  }

  private static void copy(Path from, Path to) {
    try {
      Files.createDirectories(to.getParent());
      Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path root() {
    return root;
  }

  Path cache() {
    return cache;
  }

  Path repository() {
    return repository;
  }

  /** Sets a variable for the builds and git commands that follow. */
  Sample env(String name, String value) {
    extraEnv.put(name, value);
    return this;
  }

  Sample write(String path, String text) {
    try {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String read(String path) {
    try {
      return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code git init} and a first commit of everything, hooks not run. */
  Sample initGit() {
    assertThat(git(root, "init", "-q", ".").code()).isZero();
    assertThat(git(root, "add", "-A").code()).isZero();
    assertThat(git(root, "commit", "-q", "--no-verify", "-m", "init").code()).isZero();
    return this;
  }

  /** {@code mvn -B -o ARGS} in {@code dir}. */
  Result mvn(Path dir, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("maven.home"), "bin", "mvn").toString());
    command.addAll(
        List.of("-B", "-o", "-Dstyle.color=never", "-Dmaven.repo.local=" + repository.toString()));
    command.addAll(List.of(args));
    return run(dir, command);
  }

  Result mvn(String... args) {
    return mvn(root, args);
  }

  Result git(Path dir, String... args) {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(List.of(args));
    return run(dir, command);
  }

  Result git(String... args) {
    return git(root, args);
  }

  private Result run(Path dir, List<String> command) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("GIT_") || name.startsWith("PRE"));
    env.remove("CI");
    env.remove("MAVEN_OPTS");
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("HOME", cache.resolveSibling("home").toString());
    env.put("PRECOMMIT_HOME", cache.toString());
    env.put("PRE_COMMIT_COLOR", "never");
    env.put("PRECOMMIT_DAEMON", "0");
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("GIT_CONFIG_GLOBAL", "/dev/null");
    env.put("GIT_AUTHOR_NAME", "Test");
    env.put("GIT_AUTHOR_EMAIL", "test@example.com");
    env.put("GIT_COMMITTER_NAME", "Test");
    env.put("GIT_COMMITTER_EMAIL", "test@example.com");
    env.putAll(extraEnv);
    builder.redirectErrorStream(true);
    builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    try {
      Files.createDirectories(cache.resolveSibling("home"));
      Process process = builder.start();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(300, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("timed out: " + command);
      }
      return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** A command's exit code and its stdout and stderr, together. */
  record Result(int code, String output) {
    /** How many lines contain {@code text}. */
    long count(String text) {
      return output.lines().filter(line -> line.contains(text)).count();
    }
  }
}
