package dev.precommit.stash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * What one working-tree path holds, reduced to a fingerprint: kind, executable bit and a SHA-256 of
 * the bytes (or of the link target). Crash recovery compares the path's state now with the states
 * recorded before the stash, so it only ever overwrites content it can account for.
 *
 * @param kind what is at the path
 * @param executable the owner-executable bit of a regular file
 * @param sha256 hex digest of the file's bytes or the link's target; empty when absent
 */
public record FileState(Kind kind, boolean executable, String sha256) {

  /** What a working-tree path can hold. */
  public enum Kind {
    ABSENT,
    FILE,
    SYMLINK,
    OTHER
  }

  /** The state of {@code file} now. */
  public static FileState of(Path file) {
    try {
      if (Files.isSymbolicLink(file)) {
        String target = Files.readSymbolicLink(file).toString();
        return new FileState(Kind.SYMLINK, false, digest(target.getBytes(StandardCharsets.UTF_8)));
      }
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        return new FileState(Kind.ABSENT, false, "");
      }
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        return new FileState(Kind.OTHER, false, "");
      }
      return new FileState(Kind.FILE, isExecutable(file), digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The state a regular file with these bytes and this executable bit has. */
  public static FileState ofBytes(byte[] content, boolean executable) {
    return new FileState(Kind.FILE, executable, digest(content));
  }

  /** One-line form for the journal: {@code FILE x <sha>}. */
  public String encode() {
    return kind + " " + (executable ? "x" : "-") + " " + sha256;
  }

  /** The inverse of {@link #encode()}. */
  public static FileState decode(String text) {
    String[] parts = text.split(" ", -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException("bad file state: " + text);
    }
    return new FileState(Kind.valueOf(parts[0]), parts[1].equals("x"), parts[2]);
  }

  static boolean isExecutable(Path file) throws IOException {
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
    return permissions.contains(PosixFilePermission.OWNER_EXECUTE);
  }

  static String digest(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
