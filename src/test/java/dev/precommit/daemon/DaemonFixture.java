package dev.precommit.daemon;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import dev.precommit.testing.TempGitRepo;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled client, a daemon started from the test class path on a temporary PRECOMMIT_HOME, and
 * two launchers like install.sh's: one that goes through the client, one that starts the JVM.
 */
final class DaemonFixture implements AutoCloseable {
  static final String KEY = "test1";

  final Path dir;
  final Path client;
  final Map<String, String> env;
  final Path home;
  private final List<Process> daemons = new ArrayList<>();

  private DaemonFixture(Path dir, Path client, Map<String, String> env) {
    this.dir = dir;
    this.client = client;
    this.env = env;
    this.home = Path.of(env.get("PRECOMMIT_HOME"));
  }

  /** Compiles hooks/client.c; skips the test (saying why) when there is no C compiler. */
  static DaemonFixture create(Path dir) throws IOException {
    Path source = Path.of(System.getProperty("precommit.sources", ".")).resolve("hooks/client.c");
    Map<String, String> env = new HashMap<>(TempGitRepo.isolatedEnv(dir.resolve("home")));
    boolean cc =
        List.of(env.get("PATH").split(File.pathSeparator)).stream()
            .anyMatch(p -> Files.isExecutable(Path.of(p, "cc")));
    if (!cc) {
      System.out.println("DaemonEndToEndTest skipped: no C compiler (cc) on PATH");
    }
    assumeTrue(cc, "no C compiler (cc) on PATH to build the daemon's client");
    Path client = dir.resolve("precommit-client");
    ProcessResult compiled =
        ProcessRunner.merged(env)
            .run(
                List.of("cc", "-O2", "-o", client.toString(), source.toAbsolutePath().toString()),
                dir);
    if (!compiled.succeeded()) {
      throw new IllegalStateException("cc failed: " + compiled.outputText());
    }
    env.put("PRECOMMIT_DAEMON_IDLE", "120");
    return new DaemonFixture(dir, client, env);
  }

  static List<String> javaWords() {
    return List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1",
        "-XX:+UseSerialGC",
        "-cp",
        System.getProperty("java.class.path"),
        "dev.precommit.Main");
  }

  Path socket(String key) {
    return home.resolve("daemon").resolve(key + ".sock");
  }

  Path token(String key) {
    return home.resolve("daemon").resolve(key + ".token");
  }

  Path log() {
    return home.resolve("daemon/daemon.log");
  }

  String logText() throws IOException {
    return Files.exists(log()) ? Files.readString(log()) : "";
  }

  /** A launcher through the client for {@code key} (token file {@code token}), as install.sh's. */
  Path clientLauncher(String name, String key, Path token) throws IOException {
    StringBuilder script = new StringBuilder("#!/bin/sh\n");
    Path launcher = dir.resolve(name).resolve("precommit");
    script.append("PRECOMMIT_LAUNCHER=").append(q(launcher.toString())).append("\n");
    script.append("export PRECOMMIT_LAUNCHER\n");
    script
        .append("exec ")
        .append(q(client.toString()))
        .append(' ')
        .append(q(socket(key).toString()))
        .append(' ')
        .append(q(token.toString()))
        .append(' ')
        .append(q(key))
        .append(' ')
        .append(javaWords().size());
    for (String word : javaWords()) {
      script.append(' ').append(q(word));
    }
    script.append(" \"$@\"\n");
    return writeScript(launcher, script.toString());
  }

  /** The JVM launcher: what the launcher runs without a client. */
  Path jvmLauncher() throws IOException {
    Path launcher = dir.resolve("jvm").resolve("precommit");
    StringBuilder script = new StringBuilder("#!/bin/sh\n");
    script.append("PRECOMMIT_LAUNCHER=").append(q(launcher.toString())).append("\n");
    script.append("export PRECOMMIT_LAUNCHER\nexec");
    for (String word : javaWords()) {
      script.append(' ').append(q(word));
    }
    script.append(" \"$@\"\n");
    return writeScript(launcher, script.toString());
  }

  private static Path writeScript(Path launcher, String text) throws IOException {
    Files.createDirectories(launcher.getParent());
    Files.writeString(launcher, text);
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    return launcher;
  }

  private static String q(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }

  /** Starts {@code daemon run --key key} and waits until its socket is there. */
  Process startDaemon(String key) throws IOException, InterruptedException {
    return startDaemon(key, Map.of());
  }

  /** As {@link #startDaemon(String)}, with {@code extraEnv} and {@code args} for the daemon. */
  Process startDaemon(String key, Map<String, String> extraEnv, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(javaWords());
    command.addAll(List.of("daemon", "run", "--key", key));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    builder.environment().putAll(extraEnv);
    Files.createDirectories(log().getParent());
    builder
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
    Process daemon = builder.start();
    daemons.add(daemon);
    awaitFile(socket(key), Duration.ofSeconds(30));
    return daemon;
  }

  static void awaitFile(Path file, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!Files.exists(file)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no " + file + " after " + timeout);
      }
      Thread.sleep(50);
    }
  }

  @Override
  public void close() throws InterruptedException {
    for (Process daemon : daemons) {
      daemon.destroy();
      daemon.waitFor();
    }
    for (RunningDaemon other : RunningDaemon.list(home.resolve("daemon"))) {
      other.stop(Duration.ofSeconds(10));
    }
  }
}
