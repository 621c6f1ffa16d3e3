package dev.precommit.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A launcher script that starts the real engine from the test class path: what {@code install.sh}
 * installs, minus the jar. Lets end-to-end tests go through real git hooks before packaging.
 */
public final class EngineLauncher {
  private EngineLauncher() {}

  /** Writes {@code dir/precommit} and returns its path. */
  public static Path write(Path dir) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("java.class.path");
    String script =
        "#!/bin/sh\n"
            + "exec '"
            + java
            + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp '"
            + classpath
            + "' dev.precommit.Main \"$@\"\n";
    try {
      Files.createDirectories(dir);
      Path launcher = dir.resolve("precommit");
      Files.writeString(launcher, script);
      Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
      return launcher;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
