package dev.precommit.daemon;

import dev.precommit.repo.CacheDir;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

/**
 * Where a daemon lives: {@code $PRECOMMIT_HOME/daemon/} (the cache directory, see {@link
 * CacheDir}), mode 0700, holding per build key {@code KEY.sock} (the socket), {@code KEY.token}
 * (0600, what a client must present), {@code KEY.lock} (held while the daemon runs; its pid
 * inside), and one {@code daemon.log} for every daemon's output.
 *
 * <p>The build key names the precommit build and the JDK (the launcher derives it from the jar's
 * hash, java.home and java.runtime.version): a reinstall or a JDK change means another socket, so a
 * client never talks to a daemon of another build; the old daemon notices its jar changed and
 * exits.
 *
 * <p>Who may connect: Java cannot read a Unix socket peer's credentials ({@code SO_PEERCRED}), so
 * the uid check is the file system's: only the owner (and root) can enter a 0700 directory, hence
 * connect to the socket in it or read the token. The daemon refuses to start in a directory another
 * user owns or others can enter, and the token (compared in constant time) guards against a socket
 * reached some other way.
 */
public record DaemonPaths(Path dir, String key) {
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rwx------");

  public static Path directory(Map<String, String> env) {
    return CacheDir.resolve(env).resolve("daemon");
  }

  public static DaemonPaths of(Map<String, String> env, String key) {
    return new DaemonPaths(directory(env), key);
  }

  Path socket() {
    return dir.resolve(key + ".sock");
  }

  Path token() {
    return dir.resolve(key + ".token");
  }

  public Path lock() {
    return dir.resolve(key + ".lock");
  }

  public static Path log(Path dir) {
    return dir.resolve("daemon.log");
  }

  /**
   * Creates the directory (0700) or checks an existing one: it must be the user's own and closed to
   * others. Throws when it is not; the daemon then does not start and the launcher keeps using the
   * JVM.
   */
  void prepare() throws IOException {
    // The cache directory must be there (the client creates it before starting a daemon): a
    // daemon starting after it was deleted (a temporary home, `precommit clean`) does not bring
    // it back.
    if (!Files.isDirectory(dir.getParent())) {
      throw new IOException(dir.getParent() + " does not exist");
    }
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    }
    String self = System.getProperty("user.name");
    if (!Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).getName().equals(self)) {
      throw new IOException(dir + " belongs to another user");
    }
    if (!Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS).equals(OWNER_ONLY)) {
      Files.setPosixFilePermissions(dir, OWNER_ONLY);
    }
  }
}
