package dev.precommit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** This build's version, from the jar (Maven writes it at build time). */
public final class Version {
  /** The pre-commit release whose behaviour precommit follows. */
  public static final String PRE_COMMIT_COMPATIBLE = "4.6.2";

  private Version() {}

  public static String number() {
    Properties properties = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("/dev/precommit/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "unknown");
  }
}
