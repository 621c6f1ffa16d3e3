package dev.precommit.stash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The stashes whose unstaged changes are back in the working tree. Every stash leaves its patch
 * ({@code <cache>/patch<seconds>-<pid>}, as pre-commit names it) and the byte-exact copies beside
 * it ({@code <patch>.files}); once its restore is complete and its crash record deleted, a marker
 * {@code <patch>.restored} is written next to them, and {@code precommit gc} deletes the stashes
 * restored more than {@link #KEEP} ago.
 *
 * <p>Nothing else is ever deleted: a patch without a marker (a run that was killed and not yet
 * recovered, a restore that failed, a patch from pre-commit or from a precommit before markers) may
 * be the only copy of someone's work, and so is a stash whose copies hold content {@code precommit
 * recover} kept aside ({@code <patch>.files/kept}).
 */
public final class RestoredPatches {
  /** How long a restored stash is kept. */
  public static final Duration KEEP = Duration.ofDays(30);

  static final String MARKER = ".restored";
  private static final Pattern MARKER_NAME =
      Pattern.compile("patch[0-9]+-[0-9]+(\\.[0-9]+)?" + Pattern.quote(MARKER));

  private RestoredPatches() {}

  /**
   * Records that {@code patch}'s changes are back. Best effort: a marker that cannot be written
   * only means the patch is kept, as every patch used to be.
   */
  static void markRestored(Path patch) {
    Path marker = patch.resolveSibling(patch.getFileName() + MARKER);
    try {
      Files.write(marker, new byte[0]);
    } catch (IOException e) {
      // Kept without a marker: gc leaves it alone, which loses nothing.
    }
  }

  /**
   * Deletes from {@code cacheDir} every stash restored more than {@link #KEEP} before {@code now}
   * (by its marker's modification time).
   *
   * @return how many stashes were deleted
   */
  public static int prune(Path cacheDir, Instant now) throws IOException {
    if (!Files.isDirectory(cacheDir)) {
      return 0;
    }
    FileTime cutoff = FileTime.from(now.minus(KEEP));
    List<Path> markers;
    try (Stream<Path> entries = Files.list(cacheDir)) {
      markers =
          entries
              .filter(p -> MARKER_NAME.matcher(p.getFileName().toString()).matches())
              .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
              .sorted()
              .toList();
    }
    int pruned = 0;
    for (Path marker : markers) {
      String name = marker.getFileName().toString();
      Path patch = marker.resolveSibling(name.substring(0, name.length() - MARKER.length()));
      Path copies = patch.resolveSibling(patch.getFileName() + ".files");
      if (Files.getLastModifiedTime(marker).compareTo(cutoff) >= 0
          || Files.exists(copies.resolve("kept"), LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      Files.deleteIfExists(patch);
      deleteTree(copies);
      deleteTree(patch.resolveSibling(patch.getFileName() + ".checkout"));
      Files.delete(marker); // last: a prune that is cut short is finished by the next one
      pruned++;
    }
    return pruned;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(dir)) {
      paths = walk.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path path : paths) {
      try {
        Files.delete(path);
      } catch (NoSuchFileException e) {
        // Already gone.
      }
    }
  }
}
