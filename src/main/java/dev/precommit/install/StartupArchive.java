package dev.precommit.install;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The start-up archive of one JDK and engine jar (AppCDS before JDK 25, an AOT cache from 25), as a
 * build tool plugin prepares it: in the background, by {@link StartupArchiveTrainer}, so that no
 * build waits for it. Beside the archive: {@code .none} when training failed for this pair (never
 * retried, like {@code install.sh}), {@code .training} while a trainer runs.
 *
 * @param file the archive
 * @param javaFeature the JDK's feature release, which picks the flags
 */
public record StartupArchive(Path file, int javaFeature) {

  /** A trainer that has not finished in this time is taken for dead and replaced. */
  static final Duration TRAINING_TIMEOUT = Duration.ofMinutes(10);

  /** The flag that uses the archive, followed by its path. */
  public String useFlag() {
    return javaFeature >= 25 ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=";
  }

  /** The flag that records the archive at exit, followed by its path. */
  String dumpFlag() {
    return javaFeature >= 25 ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=";
  }

  /** The flag that makes the JVM fail, instead of running without it, when the archive is bad. */
  String strictFlag() {
    return javaFeature >= 25 ? "-XX:AOTMode=on" : "-Xshare:on";
  }

  Path failedMarker() {
    return sibling(".none");
  }

  Path trainingMarker() {
    return sibling(".training");
  }

  private Path sibling(String suffix) {
    String name = file.getFileName().toString();
    return file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + suffix);
  }

  /** True when the archive exists, or training failed for good: nothing left to do. */
  public boolean settled() {
    return Files.isRegularFile(file) || Files.exists(failedMarker());
  }

  /**
   * Starts {@link StartupArchiveTrainer} for {@code launcher} in a detached process and returns at
   * once; does nothing when the archive is settled or another trainer is at work. The trainer's
   * output goes to {@code training.log} beside the archive.
   *
   * @return true when a trainer was started
   */
  public boolean startTraining(JarLauncher launcher, Map<String, String> env) throws IOException {
    if (settled()) {
      return false;
    }
    Files.createDirectories(file.getParent());
    Path marker = trainingMarker();
    try {
      Files.createFile(marker);
    } catch (FileAlreadyExistsException e) {
      Instant started = Files.getLastModifiedTime(marker).toInstant();
      if (started.plus(TRAINING_TIMEOUT).isAfter(Instant.now())) {
        return false;
      }
      Files.setLastModifiedTime(marker, FileTime.from(Instant.now()));
    }
    ProcessBuilder builder =
        new ProcessBuilder(
            List.of(
                launcher.java().toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                launcher.jar().toString(),
                StartupArchiveTrainer.class.getName(),
                launcher.javaHome().toString(),
                launcher.jar().toString(),
                file.toString(),
                Integer.toString(javaFeature)));
    builder.environment().clear();
    builder.environment().putAll(env);
    builder.directory(file.getParent().toFile());
    builder.redirectInput(new File("/dev/null"));
    builder.redirectErrorStream(true);
    builder.redirectOutput(file.resolveSibling("training.log").toFile());
    builder.start();
    return true;
  }
}
