package dev.precommit.hooks.builtin;

import dev.precommit.hooks.ArgumentParser;
import dev.precommit.hooks.CheckAbortedException;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckInfo;
import dev.precommit.hooks.ContentCheck;
import dev.precommit.hooks.FileCheck;
import dev.precommit.hooks.FileVerdict;
import dev.precommit.hooks.LineNumbers;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code detect-private-key}: fails files that contain the header of a private key. */
public final class DetectPrivateKey implements ContentCheck {
  private static final List<byte[]> MARKERS =
      List.of(
              "BEGIN RSA PRIVATE KEY",
              "BEGIN DSA PRIVATE KEY",
              "BEGIN EC PRIVATE KEY",
              "BEGIN OPENSSH PRIVATE KEY",
              "BEGIN PRIVATE KEY",
              "PuTTY-User-Key-File-2",
              "BEGIN SSH2 ENCRYPTED PRIVATE KEY",
              "BEGIN PGP PRIVATE KEY BLOCK",
              "BEGIN ENCRYPTED PRIVATE KEY",
              "BEGIN OpenVPN Static key V1")
          .stream()
          .map(s -> s.getBytes(StandardCharsets.US_ASCII))
          .toList();

  @Override
  public CheckInfo info() {
    return Manifest.typed(
        "detect-private-key",
        "detect private key",
        "detects the presence of private keys.",
        List.of("text"),
        Manifest.ALL_STAGES,
        false);
  }

  private static final byte[] BEGIN = "BEGIN ".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PUTTY = "PuTTY-User-Key-File-2".getBytes(StandardCharsets.US_ASCII);

  @Override
  public FileCheck prepare(List<String> args, CheckContext context) throws CheckAbortedException {
    new ArgumentParser("detect-private-key").parse(args).requireNoPositionals();
    return (path, content) -> {
      // Every marker but PuTTY's starts with "BEGIN ": most files are cleared in two scans.
      if (Bytes.indexOf(content, BEGIN, 0) < 0 && Bytes.indexOf(content, PUTTY, 0) < 0) {
        return FileVerdict.ok();
      }
      int first = -1;
      for (byte[] marker : MARKERS) {
        int at = Bytes.indexOf(content, marker, 0);
        if (at >= 0 && (first < 0 || at < first)) {
          first = at;
        }
      }
      return first < 0
          ? FileVerdict.ok()
          : FileVerdict.fail("Private key found: " + path + "\n")
              .at(path, LineNumbers.ofByte(content, first));
    };
  }
}
