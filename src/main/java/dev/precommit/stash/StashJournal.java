package dev.precommit.stash;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The record a stash leaves in the git dir while it has the working tree in its hands, so that a
 * run killed with SIGKILL can be undone by the next one. Written (forced, atomically renamed)
 * before each step that touches the index or the working tree, and deleted once everything is back.
 * It lives in the worktree's git dir, next to the lock, so that any precommit started in the
 * repository finds it whatever cache directory its environment names.
 *
 * @param pid the process that wrote it
 * @param processStart when that process started (epoch millis), to tell a reused pid apart; -1 when
 *     unknown
 * @param phase how far the stash got
 * @param root the working tree it belongs to
 * @param patch the saved binary patch (pre-commit's backup), or null before it exists
 * @param copies the directory of byte-exact copies of the files the patch covers, or null
 * @param intentToAdd the {@code git add -N} paths taken out of the index
 * @param files every path the patch covers, with its state before the stash and after checkout
 */
public record StashJournal(
    long pid,
    long processStart,
    Phase phase,
    Path root,
    Path patch,
    Path copies,
    List<String> intentToAdd,
    List<SavedFile> files) {

  /** The journal's file name in the git dir. */
  public static final String FILE_NAME = "precommit-stash";

  /** How far a stash got: recovery undoes exactly what the phase says may have happened. */
  public enum Phase {
    /** Intent-to-add entries may have been removed from the index; nothing else touched. */
    CLEARING_INTENT_TO_ADD,
    /** The patch and copies are saved; the working tree may be at any point of checkout/hooks. */
    STASHED,
    /** The unstaged changes are back; only intent-to-add entries may still be missing. */
    UNSTAGED_RESTORED
  }

  /**
   * One path the patch covers.
   *
   * @param path repository-relative, as git prints it
   * @param worktree its state before the stash: what recovery must bring back
   * @param checkout its state once the index's content is checked out
   * @param copy the file under {@code copies} holding its bytes (or link target); -1 when absent
   */
  public record SavedFile(String path, FileState worktree, FileState checkout, int copy) {}

  public StashJournal {
    intentToAdd = List.copyOf(intentToAdd);
    files = List.copyOf(files);
  }

  /** The journal's path for a worktree's git dir. */
  public static Path location(Path gitDir) {
    return gitDir.resolve(FILE_NAME);
  }

  /** The same journal at a later phase. */
  public StashJournal at(Phase next) {
    return new StashJournal(pid, processStart, next, root, patch, copies, intentToAdd, files);
  }

  /** Writes the journal to {@code file}, forced and atomically replacing the previous one. */
  public void write(Path file) throws IOException {
    Properties p = new Properties();
    p.setProperty("version", "1");
    p.setProperty("pid", Long.toString(pid));
    p.setProperty("processStart", Long.toString(processStart));
    p.setProperty("phase", phase.name());
    p.setProperty("root", root.toString());
    if (patch != null) {
      p.setProperty("patch", patch.toString());
    }
    if (copies != null) {
      p.setProperty("copies", copies.toString());
    }
    p.setProperty("intentToAdd.count", Integer.toString(intentToAdd.size()));
    for (int i = 0; i < intentToAdd.size(); i++) {
      p.setProperty("intentToAdd." + i, intentToAdd.get(i));
    }
    p.setProperty("file.count", Integer.toString(files.size()));
    for (int i = 0; i < files.size(); i++) {
      SavedFile f = files.get(i);
      p.setProperty("file." + i + ".path", f.path());
      p.setProperty("file." + i + ".worktree", f.worktree().encode());
      p.setProperty("file." + i + ".checkout", f.checkout().encode());
      p.setProperty("file." + i + ".copy", Integer.toString(f.copy()));
    }
    StringWriter text = new StringWriter();
    p.store(text, "precommit: unstaged changes stashed by a run; see `precommit recover`");
    DurableFile.replace(file, text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Reads the journal at {@code file}, or empty when there is none. */
  public static Optional<StashJournal> read(Path file) throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      in.transferTo(buffer);
      bytes = buffer.toByteArray();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    Properties p = new Properties();
    p.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
    try {
      List<String> ita = new ArrayList<>();
      int itaCount = Integer.parseInt(p.getProperty("intentToAdd.count", "0"));
      for (int i = 0; i < itaCount; i++) {
        ita.add(required(p, "intentToAdd." + i));
      }
      List<SavedFile> files = new ArrayList<>();
      int fileCount = Integer.parseInt(p.getProperty("file.count", "0"));
      for (int i = 0; i < fileCount; i++) {
        files.add(
            new SavedFile(
                required(p, "file." + i + ".path"),
                FileState.decode(required(p, "file." + i + ".worktree")),
                FileState.decode(required(p, "file." + i + ".checkout")),
                Integer.parseInt(required(p, "file." + i + ".copy"))));
      }
      String patch = p.getProperty("patch");
      String copies = p.getProperty("copies");
      return Optional.of(
          new StashJournal(
              Long.parseLong(required(p, "pid")),
              Long.parseLong(p.getProperty("processStart", "-1")),
              Phase.valueOf(required(p, "phase")),
              Path.of(required(p, "root")),
              patch == null ? null : Path.of(patch),
              copies == null ? null : Path.of(copies),
              ita,
              files));
    } catch (IllegalArgumentException e) {
      throw new IOException("unreadable stash record " + file + ": " + e.getMessage(), e);
    }
  }

  private static String required(Properties p, String key) {
    String value = p.getProperty(key);
    if (value == null) {
      throw new IllegalArgumentException("missing " + key);
    }
    return value;
  }
}
