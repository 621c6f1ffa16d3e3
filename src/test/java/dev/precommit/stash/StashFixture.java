package dev.precommit.stash;

import dev.precommit.git.GitRepo;
import dev.precommit.output.Output;
import dev.precommit.testing.TempGitRepo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A temporary repository, its cache dir and a captured {@link Output}, for stash tests. */
final class StashFixture {
  final TempGitRepo repo;
  final Path cache;
  final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  final Output out = new Output(stdout, stdout, false);

  StashFixture(Path dir) {
    this.repo = TempGitRepo.init(dir.resolve("repo"));
    this.cache = dir.resolve("cache");
  }

  GitRepo git() {
    return GitRepo.discover(repo.root(), repo.env());
  }

  RepoLock lock() {
    return RepoLock.acquire(git(), out, Duration.ofMillis(200));
  }

  StagedFilesOnly enter(RepoLock lock) {
    return StagedFilesOnly.enter(lock, cache, out);
  }

  String output() {
    return stdout.toString(StandardCharsets.UTF_8);
  }

  /** The patch file the stash wrote, as printed in its message. */
  String patchFromOutput() {
    String text = output();
    int start = text.indexOf("Stashing unstaged files to ");
    int end = text.indexOf(".\n", start);
    return text.substring(start + "Stashing unstaged files to ".length(), end);
  }

  /** Every path under the working tree (outside .git) with its kind, mode and bytes. */
  static Map<String, String> worktree(Path root) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.toList()) {
        String rel = root.relativize(p).toString();
        if (rel.isEmpty() || rel.equals(".git") || rel.startsWith(".git/")) {
          continue;
        }
        if (Files.isSymbolicLink(p)) {
          files.put(rel, "link " + Files.readSymbolicLink(p));
        } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          files.put(rel, (FileState.isExecutable(p) ? "x " : "- ") + escape(Files.readAllBytes(p)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /**
   * The index: {@code git ls-files -s} (mode, blob id, stage, path; a blob id is a hash of the
   * exact bytes, so equal ids mean equal content) plus the intent-to-add list.
   */
  String index() {
    return repo.git("ls-files", "-s")
        + "ita: "
        + repo.git("diff", "--name-only", "--diff-filter=A", "--no-ext-diff");
  }

  static String escape(byte[] bytes) {
    StringBuilder s = new StringBuilder();
    for (byte b : bytes) {
      int c = b & 0xff;
      if (c >= 0x20 && c < 0x7f && c != '\\') {
        s.append((char) c);
      } else {
        s.append(String.format("\\x%02x", c));
      }
    }
    return s.toString();
  }
}
