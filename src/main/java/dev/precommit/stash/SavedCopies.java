package dev.precommit.stash;

import dev.precommit.stash.StashJournal.SavedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Byte-exact copies of the files a stash covers, kept next to the patch. The patch is what the
 * normal restore applies (so hook fixes can merge); the copies are what crash recovery and the
 * final check put back, because they hold the user's bytes exactly as they were, whatever {@code
 * core.autocrlf} or filters would make of the patch.
 */
final class SavedCopies {
  private SavedCopies() {}

  /**
   * Copies each path's current content into {@code dir} (created), forced to disk, and returns what
   * the journal needs to know about each.
   */
  static List<SavedFile> save(
      Path root, List<String> paths, Path dir, Map<String, FileState> checkoutStates)
      throws IOException {
    Files.createDirectories(dir);
    List<SavedFile> saved = new ArrayList<>(paths.size());
    for (int i = 0; i < paths.size(); i++) {
      String path = paths.get(i);
      Path file = root.resolve(path);
      FileState state = FileState.of(file);
      int copy = -1;
      if (state.kind() == FileState.Kind.FILE) {
        copy = i;
        DurableFile.create(dir.resolve(Integer.toString(i)), Files.readAllBytes(file));
      } else if (state.kind() == FileState.Kind.SYMLINK) {
        copy = i;
        byte[] target = Files.readSymbolicLink(file).toString().getBytes(StandardCharsets.UTF_8);
        DurableFile.create(dir.resolve(Integer.toString(i)), target);
      }
      FileState checkout =
          checkoutStates.getOrDefault(path, new FileState(FileState.Kind.ABSENT, false, ""));
      saved.add(new SavedFile(path, state, checkout, copy));
    }
    DurableFile.forceDirectory(dir);
    return saved;
  }

  /** True when every copy the journal names is still there. */
  static boolean present(Path dir, List<SavedFile> files) {
    for (SavedFile f : files) {
      if (f.copy() >= 0
          && (dir == null || !Files.isRegularFile(dir.resolve(Integer.toString(f.copy()))))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Puts {@code saved}'s pre-stash state back at its path: its bytes and executable bit, its link,
   * or no file at all. Regular files are replaced by an atomic rename.
   */
  static void restore(Path root, Path dir, SavedFile saved) throws IOException {
    Path file = root.resolve(saved.path());
    FileState want = saved.worktree();
    switch (want.kind()) {
      case ABSENT -> {
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
          return;
        }
        Files.deleteIfExists(file);
      }
      case FILE -> {
        byte[] content = Files.readAllBytes(dir.resolve(Integer.toString(saved.copy())));
        writeFile(file, content, want.executable());
      }
      case SYMLINK -> {
        String target =
            Files.readString(dir.resolve(Integer.toString(saved.copy())), StandardCharsets.UTF_8);
        Files.deleteIfExists(file);
        Files.createDirectories(file.getParent());
        Files.createSymbolicLink(file, Path.of(target));
      }
      case OTHER -> {
        // A directory or special file stood there; the stash never touches those.
      }
    }
  }

  /** The saved bytes of a regular file. */
  static byte[] read(Path dir, SavedFile saved) throws IOException {
    if (saved.worktree().kind() != FileState.Kind.FILE) {
      throw new IllegalArgumentException(saved.path() + " was not a regular file");
    }
    return Files.readAllBytes(dir.resolve(Integer.toString(saved.copy())));
  }

  /** Writes {@code content} to {@code file} by an atomic rename, with the given executable bit. */
  static void writeFile(Path file, byte[] content, boolean executable) throws IOException {
    Files.createDirectories(file.getParent());
    Path temp = file.resolveSibling("." + file.getFileName() + ".precommit-tmp");
    Files.write(temp, content);
    Set<PosixFilePermission> permissions =
        Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
            ? Files.getPosixFilePermissions(file)
            : Files.getPosixFilePermissions(temp);
    Files.setPosixFilePermissions(temp, withExecutable(permissions, executable));
    if (Files.isSymbolicLink(file)) {
      Files.delete(file);
    }
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static Set<PosixFilePermission> withExecutable(
      Set<PosixFilePermission> permissions, boolean executable) {
    Set<PosixFilePermission> result = EnumSet.noneOf(PosixFilePermission.class);
    result.addAll(permissions);
    result.removeAll(
        EnumSet.of(
            PosixFilePermission.OWNER_EXECUTE,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_EXECUTE));
    if (executable) {
      result.add(PosixFilePermission.OWNER_EXECUTE);
      if (result.contains(PosixFilePermission.GROUP_READ)) {
        result.add(PosixFilePermission.GROUP_EXECUTE);
      }
      if (result.contains(PosixFilePermission.OTHERS_READ)) {
        result.add(PosixFilePermission.OTHERS_EXECUTE);
      }
    }
    return result;
  }
}
