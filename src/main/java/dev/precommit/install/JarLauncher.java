package dev.precommit.install;

import dev.precommit.Version;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

/**
 * The launcher a build tool plugin writes for the shims to call, in place of the one {@code
 * install.sh} writes: it runs one engine jar (the one the build tool resolved, e.g. from {@code
 * ~/.m2}) with one JDK (the one that ran the build), with the start-up archive for that pair when
 * it is ready, and without it until then. Same JVM flags as {@code install.sh}'s launcher.
 *
 * @param javaHome the JDK's home ({@code java.home})
 * @param javaRuntime its {@code java.runtime.version}, part of the archive's key
 * @param javaFeature its feature release (17, 21, 25): AppCDS before 25, an AOT cache from 25
 * @param jar the runnable (shaded) engine jar
 */
public record JarLauncher(Path javaHome, String javaRuntime, int javaFeature, Path jar) {

  /** The marker line that tells this launcher from anyone else's file. */
  public static final String MARKER = "precommit-jar-launcher-7c21e0";

  /**
   * install.sh's FLAGS, word for word (the archive is only valid for the flags it was made with).
   */
  static final String FLAGS =
      "-XX:+IgnoreUnrecognizedVMOptions -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
          + " -XX:-UsePerfData -Xlog:disable -Xlog:all=error:stderr";

  /** The JDK this JVM runs on, with {@code jar}. */
  public static JarLauncher ofThisJvm(Path jar) {
    return new JarLauncher(
        Path.of(System.getProperty("java.home")),
        System.getProperty("java.runtime.version", ""),
        Runtime.version().feature(),
        jar.toAbsolutePath());
  }

  /** The JVM flags the launcher passes (without the archive and the error file). */
  public List<String> jvmFlags() {
    return List.of(FLAGS.split(" "));
  }

  public Path java() {
    return javaHome.resolve("bin").resolve("java");
  }

  /**
   * Names the start-up archive: the JDK, the jar (path, size and modification time: hashing 30 MB
   * on every build would cost more than the whole no-op install) and the flags.
   */
  public String key() {
    try {
      BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
      String facts =
          javaHome
              + "\n"
              + javaRuntime
              + "\n"
              + jar
              + "\n"
              + attributes.size()
              + "\n"
              + attributes.lastModifiedTime().toMillis()
              + "\n"
              + FLAGS
              + "\n";
      // CRC-32 and CRC-32C, not SHA-256: the digest's first use costs milliseconds, and the
      // JVM checks an archive against its jar and JDK anyway.
      byte[] bytes = facts.getBytes(StandardCharsets.UTF_8);
      Checksum first = new CRC32();
      first.update(bytes, 0, bytes.length);
      Checksum second = new CRC32C();
      second.update(bytes, 0, bytes.length);
      return hex8(first.getValue()) + hex8(second.getValue());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String hex8(long value) {
    String hex = Long.toHexString(value);
    return "00000000".substring(hex.length()) + hex;
  }

  /** The start-up archive for this JDK and jar, in {@code dir} (a folder of the cache). */
  public StartupArchive archive(Path dir) {
    String extension = javaFeature >= 25 ? ".aot" : ".jsa";
    return new StartupArchive(dir.resolve("precommit-" + key() + extension), javaFeature);
  }

  /**
   * The launcher script.
   *
   * @param self where the script is written (exported as {@code PRECOMMIT_LAUNCHER}, so that a
   *     {@code precommit install} run through it records it as {@code install.sh}'s does)
   * @param archive the start-up archive to use once it exists
   */
  public String script(Path self, StartupArchive archive) {
    return "#!/bin/sh\n"
        + "# precommit "
        + Version.number()
        + " launcher ("
        + MARKER
        + "), written by a build tool plugin (precommit-maven-plugin);\n"
        + "# the next build updates it. Runs the engine jar with the JDK that ran the build.\n"
        + "java="
        + HookScript.shellQuote(java().toString())
        + "\n"
        + "jar="
        + HookScript.shellQuote(jar.toString())
        + "\n"
        + "archive="
        + HookScript.shellQuote(archive.file().toString())
        + "\n"
        + "modules="
        + HookScript.shellQuote(javaHome.resolve("lib").resolve("modules").toString())
        + "\n"
        + "PRECOMMIT_LAUNCHER="
        + HookScript.shellQuote(self.toString())
        + "\n"
        + "export PRECOMMIT_LAUNCHER\n"
        + "if [ ! -x \"$java\" ] || [ ! -f \"$jar\" ]; then\n"
        + "  echo \"precommit: $java or $jar is gone; run any Maven build (mvn validate) to update"
        + " the hooks, or skip them once with \\`PRECOMMIT=0 git ...\\`.\" >&2\n"
        + "  exit 1\n"
        + "fi\n"
        + "cache=${PRECOMMIT_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/precommit}\n"
        + "[ -d \"$cache\" ] || mkdir -p \"$cache\" 2>/dev/null || cache=${TMPDIR:-/tmp}\n"
        + "a=\n"
        + "if [ -f \"$archive\" ] && ! [ \"$modules\" -nt \"$archive\" ]; then\n"
        + "  a="
        + archive.useFlag()
        + "$archive\n"
        + "fi\n"
        + "exec \"$java\" ${a:+\"$a\"} "
        + FLAGS
        + " \"-XX:ErrorFile=$cache/hs_err_pid%p.log\" -jar \"$jar\" \"$@\"\n";
  }
}
