package dev.precommit.run;

import dev.precommit.git.GitRepo;
import dev.precommit.process.ProcessResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The tracked files that differ from the index, each with a digest of its content and mode: what
 * {@code git diff} would show, by file. Two states name the files a group of hooks running at the
 * same time changed, so each change can be put down to the hook that was given that file, where one
 * {@code git diff} before and after (the serial runner's test) could only say that something
 * changed.
 */
record WorkTreeState(Map<String, String> digests) {

  WorkTreeState {
    digests = Map.copyOf(digests);
  }

  /** Lists the files {@code git diff} names and digests each. */
  static WorkTreeState capture(GitRepo git) throws IOException {
    ProcessResult listed =
        git.run("diff", "--name-only", "-z", "--no-ext-diff", "--ignore-submodules");
    Map<String, String> digests = new HashMap<>();
    for (String name : listed.outputText().split("\0")) {
      if (!name.isEmpty()) {
        digests.put(name, digest(git.root().resolve(name)));
      }
    }
    return new WorkTreeState(digests);
  }

  /** Files whose state differs between {@code earlier} and this one. */
  Set<String> changedSince(WorkTreeState earlier) {
    Set<String> changed = new HashSet<>();
    Set<String> names = new HashSet<>(digests.keySet());
    names.addAll(earlier.digests.keySet());
    for (String name : names) {
      if (!Objects.equals(digests.get(name), earlier.digests.get(name))) {
        changed.add(name);
      }
    }
    return changed;
  }

  private static String digest(Path file) throws IOException {
    if (Files.isSymbolicLink(file)) {
      return "link:" + Files.readSymbolicLink(file);
    }
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return "deleted";
    }
    if (Files.isDirectory(file)) {
      return "directory";
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(Files.readAllBytes(file));
      String mode = Files.isExecutable(file) ? "x:" : "-:";
      return mode + HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
