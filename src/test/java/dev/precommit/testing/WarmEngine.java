package dev.precommit.testing;

import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A warm engine for end-to-end tests: hooks/client.c compiled with {@code cc}, one daemon started
 * from the test class path on its own PRECOMMIT_HOME, and a launcher like install.sh's that goes
 * through the client to it. One per test class; {@link #close()} stops the daemon.
 */
public final class WarmEngine implements AutoCloseable {
  private static final String KEY = "e2e";

  private final Path launcher;
  private final Path log;
  private final Process daemon;

  private WarmEngine(Path launcher, Path log, Process daemon) {
    this.launcher = launcher;
    this.log = log;
    this.daemon = daemon;
  }

  /**
   * Starts one in {@code dir}, or says (printed, and in the result) why not: no C compiler.
   *
   * @return the engine, or empty with the reason printed
   */
  public static Optional<WarmEngine> start(Path dir, String testClass) {
    Map<String, String> env = TempGitRepo.isolatedEnv(dir.resolve("home"));
    boolean cc =
        List.of(env.get("PATH").split(File.pathSeparator)).stream()
            .anyMatch(p -> Files.isExecutable(Path.of(p, "cc")));
    if (!cc) {
      System.out.println(testClass + ": daemon variant skipped: no C compiler (cc) on PATH");
      return Optional.empty();
    }
    try {
      Path source = Path.of(System.getProperty("precommit.sources", ".")).resolve("hooks/client.c");
      Path client = dir.resolve("precommit-client");
      ProcessResult compiled =
          ProcessRunner.merged(env)
              .run(
                  List.of("cc", "-O2", "-o", client.toString(), source.toAbsolutePath().toString()),
                  dir);
      if (!compiled.succeeded()) {
        throw new IllegalStateException("cc failed: " + compiled.outputText());
      }
      Path daemonDir = Path.of(env.get("PRECOMMIT_HOME")).resolve("daemon");
      Path socket = daemonDir.resolve(KEY + ".sock");
      Path log = daemonDir.resolve("daemon.log");
      Files.createDirectories(daemonDir);
      List<String> command = new ArrayList<>(javaWords());
      command.addAll(List.of("daemon", "run", "--key", KEY));
      ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
      builder.environment().clear();
      builder.environment().putAll(env);
      // Gone soon after the class even if close() is never reached.
      builder.environment().put("PRECOMMIT_DAEMON_IDLE", "60");
      builder
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      Process daemon = builder.start();
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (!Files.exists(socket)) {
        if (System.nanoTime() > deadline || !daemon.isAlive()) {
          daemon.destroyForcibly();
          throw new IllegalStateException("the daemon did not start: " + Files.readString(log));
        }
        Thread.sleep(50);
      }
      Path launcher = dir.resolve("client-bin").resolve("precommit");
      writeClientLauncher(launcher, client, socket, daemonDir.resolve(KEY + ".token"));
      return Optional.of(new WarmEngine(launcher, log, daemon));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static List<String> javaWords() {
    return List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1",
        "-XX:+UseSerialGC",
        "-cp",
        System.getProperty("java.class.path"),
        "dev.precommit.Main");
  }

  private static void writeClientLauncher(Path launcher, Path client, Path socket, Path token)
      throws IOException {
    StringBuilder script = new StringBuilder("#!/bin/sh\n");
    script.append("PRECOMMIT_LAUNCHER=").append(q(launcher.toString())).append("\n");
    script.append("export PRECOMMIT_LAUNCHER\n");
    script.append("exec ").append(q(client.toString()));
    for (String word : List.of(socket.toString(), token.toString(), KEY)) {
      script.append(' ').append(q(word));
    }
    script.append(' ').append(javaWords().size());
    for (String word : javaWords()) {
      script.append(' ').append(q(word));
    }
    script.append(" \"$@\"\n");
    Files.createDirectories(launcher.getParent());
    Files.writeString(launcher, script.toString());
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private static String q(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }

  /** The launcher through the client ({@code dir/client-bin/precommit}). */
  public Path launcher() {
    return launcher;
  }

  /** The daemon's log: a line per request it served. */
  public String logText() {
    try {
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws InterruptedException {
    daemon.destroy();
    if (!daemon.waitFor(30, TimeUnit.SECONDS)) {
      daemon.destroyForcibly().waitFor();
    }
  }
}
