package dev.precommit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real git repository in a temporary directory, with the developer's git config shut out ({@code
 * GIT_CONFIG_GLOBAL}, {@code GIT_CONFIG_NOSYSTEM}, {@code HOME}). Builder style: {@code
 * TempGitRepo.init(dir).write("a", "x").stage("a").commit("m")}.
 */
public final class TempGitRepo {
  private final Path root;
  private final Map<String, String> env;

  private TempGitRepo(Path root, Map<String, String> env) {
    this.root = root;
    this.env = env;
  }

  /** {@code git init} in {@code dir} (created if needed), branch {@code main}. */
  public static TempGitRepo init(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TempGitRepo repo = new TempGitRepo(dir.toAbsolutePath(), isolatedEnv(dir.toAbsolutePath()));
    repo.git("init", "-q", "-b", "main");
    return repo;
  }

  /**
   * An environment with no user or system git config, a throw-away HOME and cache, a fixed
   * identity, and nothing else of the machine's: it is built from scratch, never copied from the
   * test JVM's, so NO_COLOR, CI, SKIP, PRECOMMIT_* and PRE_COMMIT_* variables, GIT_CONFIG_COUNT
   * settings and the like stay out. The machine gives only PATH, with any installed precommit,
   * pre-commit or prek taken out ({@link TestPath}), and JAVA_HOME is the JDK running the tests.
   */
  public static Map<String, String> isolatedEnv(Path home) {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", TestPath.machine());
    env.put("HOME", home.toString());
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("GIT_CONFIG_GLOBAL", "/dev/null");
    env.put("GIT_AUTHOR_NAME", "Test");
    env.put("GIT_AUTHOR_EMAIL", "test@example.com");
    env.put("GIT_COMMITTER_NAME", "Test");
    env.put("GIT_COMMITTER_EMAIL", "test@example.com");
    env.put("GIT_TEMPLATE_DIR", "");
    env.put("PRE_COMMIT_COLOR", "never");
    env.put("PRECOMMIT_HOME", home.resolve(".precommit-cache").toString());
    env.put("LC_ALL", "C");
    env.put("JAVA_HOME", System.getProperty("java.home"));
    return env;
  }

  public Path root() {
    return root;
  }

  /** The environment commands in this repository should run with (a mutable copy). */
  public Map<String, String> env() {
    return new HashMap<>(env);
  }

  public Path path(String relative) {
    return root.resolve(relative);
  }

  public TempGitRepo write(String relative, String content) {
    return write(relative, content.getBytes(StandardCharsets.UTF_8));
  }

  public TempGitRepo write(String relative, byte[] content) {
    try {
      Path file = root.resolve(relative);
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public String read(String relative) {
    try {
      return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public TempGitRepo executable(String relative) {
    try {
      Files.setPosixFilePermissions(
          root.resolve(relative), PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public TempGitRepo stage(String... paths) {
    List<String> args = new ArrayList<>(List.of("add", "--"));
    args.addAll(List.of(paths));
    git(args.toArray(String[]::new));
    return this;
  }

  public TempGitRepo stageAll() {
    git("add", "-A");
    return this;
  }

  public TempGitRepo commit(String message) {
    git("commit", "-q", "--no-verify", "--allow-empty", "-m", message);
    return this;
  }

  /** Runs git in the repository and fails the test when git fails; returns stdout. */
  public String git(String... args) {
    ProcessResult result = gitResult(args);
    assertThat(result.exitCode())
        .as("git %s: %s%s", String.join(" ", args), result.outputText(), result.errorText())
        .isZero();
    return result.outputText();
  }

  /** Runs git in the repository and returns what it did, whatever the exit code. */
  public ProcessResult gitResult(String... args) {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    try {
      return ProcessRunner.separate(env).run(command, root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
