package dev.precommit.install;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Records a start-up archive the way {@code install.sh} does, for a build tool plugin that starts
 * it in the background ({@link StartupArchive#startTraining}): a training run of {@link
 * dev.precommit.cli.ArchiveTraining} in a throw-away repository with staged changes, then a
 * validation run with the archive required; any failure leaves no archive and a {@code .none}
 * marker (slower start, same behaviour). Not a user command.
 *
 * <p>Arguments: {@code JAVA_HOME JAR ARCHIVE JAVA_FEATURE}.
 */
public final class StartupArchiveTrainer {
  private static final long TIMEOUT_SECONDS = 300;

  /** The hooks most configs have (install.sh trains on the same), so their classes are archived. */
  private static final String CONFIG =
      """
      repos:
      -   repo: local
          hooks:
          -   id: no-op
              name: no-op
              entry: "true"
              language: system
      -   repo: builtin
          hooks:
          -   id: trailing-whitespace
          -   id: end-of-file-fixer
          -   id: check-yaml
          -   id: check-json
          -   id: check-xml
          -   id: check-toml
          -   id: mixed-line-ending
          -   id: check-added-large-files
          -   id: check-merge-conflict
          -   id: detect-private-key
      """;

  private StartupArchiveTrainer() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length != 4) {
      System.err.println("usage: StartupArchiveTrainer JAVA_HOME JAR ARCHIVE JAVA_FEATURE");
      System.exit(2);
    }
    Path java = Path.of(args[0], "bin", "java");
    Path jar = Path.of(args[1]);
    StartupArchive archive = new StartupArchive(Path.of(args[2]), Integer.parseInt(args[3]));
    boolean made = false;
    Path work = Files.createTempDirectory("precommit-train");
    Path tmp = archive.file().resolveSibling(archive.file().getFileName() + ".tmp");
    try {
      made = train(java, jar, archive, work, tmp);
      if (made) {
        Files.move(tmp, archive.file(), StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.writeString(archive.failedMarker(), "");
      }
    } finally {
      Files.deleteIfExists(tmp);
      Files.deleteIfExists(archive.trainingMarker());
      deleteTree(work);
    }
    System.out.println(made ? "archived " + archive.file() : "no archive for " + archive.file());
  }

  private static boolean train(Path java, Path jar, StartupArchive archive, Path work, Path tmp)
      throws IOException, InterruptedException {
    Map<String, String> env = new HashMap<>();
    for (String name : List.of("PATH", "HOME", "LANG", "TMPDIR")) {
      String value = System.getenv(name);
      if (value != null) {
        env.put(name, value);
      }
    }
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("GIT_CONFIG_GLOBAL", "/dev/null");
    env.put("PRECOMMIT_HOME", work.resolve("cache").toString());
    env.put("GIT_AUTHOR_NAME", "precommit");
    env.put("GIT_AUTHOR_EMAIL", "precommit@localhost");
    env.put("GIT_COMMITTER_NAME", "precommit");
    env.put("GIT_COMMITTER_EMAIL", "precommit@localhost");
    Path repo = work.resolve("repo");
    Files.createDirectories(repo);
    if (!run(env, repo, "git", "init", "-q")) {
      return false;
    }
    write(repo, ".pre-commit-config.yaml", CONFIG);
    write(repo, "A.java", "class A {\n  int x;\n}\n");
    write(repo, "README.md", "hello\n");
    if (!run(env, repo, "git", "add", "-A")
        || !run(env, repo, "git", "commit", "-q", "--no-verify", "-m", "init")) {
      return false;
    }
    write(repo, "A.java", "class A {\n  int y;\n}\n");
    write(repo, "README.md", "hello\nworld\n");
    write(repo, "a.yaml", "a: 1\n");
    write(repo, "a.json", "{\"a\": 1}\n");
    write(repo, "a.xml", "<a/>\n");
    write(repo, "a.toml", "a = 1\n");
    if (!run(env, repo, "git", "add", "-A")) {
      return false;
    }
    String errorFile = "-XX:ErrorFile=" + work + "/hs_err_pid%p.log";
    List<String> training = new ArrayList<>(List.of(java.toString()));
    training.addAll(List.of(JarLauncher.FLAGS.split(" ")));
    training.addAll(
        List.of(
            errorFile,
            archive.dumpFlag() + tmp,
            "-cp",
            jar.toString(),
            "dev.precommit.cli.ArchiveTraining"));
    run(env, repo, training.toArray(String[]::new));
    if (!Files.isRegularFile(tmp) || Files.size(tmp) == 0) {
      return false;
    }
    List<String> validation = new ArrayList<>(List.of(java.toString()));
    validation.addAll(List.of(JarLauncher.FLAGS.split(" ")));
    validation.addAll(
        List.of(
            archive.strictFlag(),
            errorFile,
            archive.useFlag() + tmp,
            "-jar",
            jar.toString(),
            "--version"));
    return run(env, repo, validation.toArray(String[]::new));
  }

  private static void write(Path repo, String name, String text) throws IOException {
    Files.writeString(repo.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static boolean run(Map<String, String> env, Path dir, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    builder.redirectInput(new File("/dev/null"));
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process process = builder.start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return false;
    }
    return process.exitValue() == 0;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
