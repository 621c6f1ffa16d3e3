package dev.precommit.stash;

import dev.precommit.cli.FatalException;
import dev.precommit.output.Output;
import dev.precommit.process.ProcessResult;
import dev.precommit.stash.StashJournal.SavedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Puts the index's content in the working tree for the duration of a run, so hooks see exactly what
 * will be committed, and puts the user's unstaged changes back on close (the inner of pre-commit's
 * two scopes, with its protocol and messages). Before anything is touched the unstaged changes are
 * saved twice: as pre-commit's binary patch (applied on close, so hook fixes that do not collide
 * with them are kept) and as byte-exact copies with a crash record (so a killed run can be undone,
 * and so the restore can be checked byte for byte).
 */
public final class UnstagedChangesCleared implements AutoCloseable {
  private final StashGit git;
  private final Output out;
  private final JournalFile journal;
  private final Checkpoint checkpoint;
  private final Path patch;
  private final Path copies;
  private final List<SavedFile> saved;
  private final Set<String> partiallyStaged;
  private final Map<String, Fix> fixes = new LinkedHashMap<>();

  /** Files a built-in fixed and something else changed too: pre-commit's rule applies to them. */
  private final Set<String> mixed = new HashSet<>();

  private boolean closed;

  /**
   * A fix to apply to the user's content on close.
   *
   * @param function the fix; null from it means "cannot fix this content"
   * @param stage true to stage the fixed staged content as well
   * @param left for a fix the engine's built-ins wrote: the SHA-256 of what they left in the
   *     working tree, which the file must still hold on close for the fix to be taken apart from
   *     the others; null for a fix registered unconditionally
   */
  private record Fix(UnaryOperator<byte[]> function, boolean stage, String left) {}

  private UnstagedChangesCleared(
      StashGit git,
      Output out,
      JournalFile journal,
      Checkpoint checkpoint,
      Path patch,
      Path copies,
      List<SavedFile> saved) {
    this.git = git;
    this.out = out;
    this.journal = journal;
    this.checkpoint = checkpoint;
    this.patch = patch;
    this.copies = copies;
    this.saved = saved;
    Set<String> files = new LinkedHashSet<>();
    for (SavedFile f : saved) {
      if (f.worktree().kind() == FileState.Kind.FILE
          && f.checkout().kind() == FileState.Kind.FILE) {
        files.add(f.path());
      }
    }
    this.partiallyStaged = Collections.unmodifiableSet(files);
  }

  static UnstagedChangesCleared enter(
      StashGit git, Path cacheDir, Output out, JournalFile journal, Checkpoint checkpoint) {
    // Record the stat data of files whose content matches the index, so the checkout below
    // leaves them alone instead of rewriting them (which could change their line endings).
    git.run("update-index", "-q", "--refresh");
    ProcessResult writeTree = git.run("write-tree");
    if (!writeTree.succeeded()) {
      if (!git.repo().unmergedFiles().isEmpty()) {
        throw new FatalException("Unmerged files.  Resolve before committing.");
      }
      throw StashGit.failure(writeTree, "write-tree");
    }
    String tree = writeTree.outputText().strip();
    ProcessResult diff =
        git.run(
            "diff-index",
            "--ignore-submodules",
            "--binary",
            "--exit-code",
            "--no-color",
            "--no-ext-diff",
            tree,
            "--");
    if (diff.exitCode() == 0 || (diff.exitCode() == 1 && diff.output().length == 0)) {
      return new UnstagedChangesCleared(git, out, journal, checkpoint, null, null, List.of());
    }
    if (diff.exitCode() != 1) {
      String said = diff.errorText().strip();
      throw new FatalException(
          "precommit failed to diff -- perhaps due to permissions? (git diff-index exited "
              + diff.exitCode()
              + (said.isEmpty() ? "" : ": " + said.lines().findFirst().orElse(""))
              + ")");
    }
    List<String> paths =
        splitZ(
            git.check(
                    Map.of(),
                    null,
                    "diff-index",
                    "--ignore-submodules",
                    "--name-only",
                    "-z",
                    "--no-ext-diff",
                    tree,
                    "--")
                .output());
    Path root = git.repo().root();
    Path patch;
    Path copies;
    List<SavedFile> saved;
    try {
      Files.createDirectories(cacheDir);
      patch = createPatch(cacheDir, diff.output());
      out.warn("Unstaged files detected.");
      out.info("Stashing unstaged files to " + patch + ".");
      Map<String, FileState> checkoutStates = checkoutStates(git, patch, paths);
      copies = patch.resolveSibling(patch.getFileName() + ".files");
      saved = SavedCopies.save(root, paths, copies, checkoutStates);
    } catch (IOException e) {
      throw new FatalException(
          "cannot save unstaged changes in " + cacheDir + ": " + e.getMessage(), e);
    }
    StashJournal base = journal.current();
    journal.write(
        new StashJournal(
            base.pid(),
            base.processStart(),
            StashJournal.Phase.STASHED,
            base.root(),
            patch,
            copies,
            base.intentToAdd(),
            saved));
    checkpoint.reached(Checkpoint.Step.PATCH_SAVED);
    UnstagedChangesCleared scope =
        new UnstagedChangesCleared(git, out, journal, checkpoint, patch, copies, saved);
    try {
      checkoutIndex(git);
    } catch (RuntimeException e) {
      try {
        scope.close();
      } catch (RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    checkpoint.reached(Checkpoint.Step.CHECKED_OUT);
    return scope;
  }

  /** The saved patch, or null when there was nothing unstaged. */
  public Path patch() {
    return patch;
  }

  /**
   * The files whose working-tree content differs from the index and that exist in both: where a
   * hook's fix to the staged content would collide with the user's unstaged lines.
   */
  public Set<String> partiallyStaged() {
    return partiallyStaged;
  }

  /** See {@link StagedFilesOnly#applyFixToWorkingCopy}. */
  public synchronized void applyFixToWorkingCopy(String path, UnaryOperator<byte[]> fix) {
    register(path, new Fix(fix, false, null));
  }

  /** See {@link StagedFilesOnly#applyFixToStagedAndWorkingCopy}. */
  public synchronized void applyFixToStagedAndWorkingCopy(String path, UnaryOperator<byte[]> fix) {
    register(path, new Fix(fix, true, null));
  }

  /** See {@link StagedFilesOnly#builtinFixWritten}. */
  public synchronized void builtinFixWritten(
      String path, byte[] before, byte[] after, UnaryOperator<byte[]> fix) {
    if (closed || !partiallyStaged.contains(path) || mixed.contains(path)) {
      return;
    }
    Fix previous = fixes.get(path);
    if (previous != null && previous.left() == null) {
      return; // registered unconditionally, which decides what the file becomes
    }
    String expected = previous == null ? savedFile(path).checkout().sha256() : previous.left();
    if (!expected.equals(FileState.digest(before))) {
      // Another hook changed the file before this fix: the fixes cannot be told apart.
      fixes.remove(path);
      mixed.add(path);
      return;
    }
    UnaryOperator<byte[]> function = previous == null ? fix : andThen(previous.function(), fix);
    fixes.put(path, new Fix(function, false, FileState.digest(after)));
  }

  private static UnaryOperator<byte[]> andThen(
      UnaryOperator<byte[]> first, UnaryOperator<byte[]> second) {
    return content -> {
      byte[] once = first.apply(content);
      return once == null ? null : second.apply(once);
    };
  }

  private SavedFile savedFile(String path) {
    for (SavedFile f : saved) {
      if (f.path().equals(path)) {
        return f;
      }
    }
    throw new IllegalArgumentException(path + " has no unstaged changes");
  }

  private void register(String path, Fix fix) {
    if (closed) {
      throw new IllegalStateException("the stash is already restored");
    }
    if (!partiallyStaged().contains(path)) {
      throw new IllegalArgumentException(path + " has no unstaged changes");
    }
    fixes.put(path, fix);
  }

  /**
   * Puts the unstaged changes back: pre-commit's apply, retry without autocrlf, and on conflict its
   * rollback of the hooks' fixes. Then every file the hooks left alone is checked against its
   * byte-exact copy and rewritten from it if git produced anything else.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (patch == null) {
      return;
    }
    Path root = git.repo().root();
    try {
      Map<String, byte[]> builtinFixed = settleBuiltinFixes();
      revertFixedFiles();
      Map<String, FileState> before = new HashMap<>();
      for (SavedFile f : saved) {
        before.put(f.path(), FileState.of(root.resolve(f.path())));
      }
      boolean applied = apply();
      boolean rolledBack = false;
      if (!applied) {
        out.warn("Stashed changes conflicted with hook auto-fixes... Rolling back fixes...");
        checkoutIndex(git);
        rolledBack = true;
        applied = apply();
      }
      for (SavedFile f : saved) {
        boolean hooksLeftAlone =
            rolledBack || !applied || before.get(f.path()).equals(f.checkout());
        if (hooksLeftAlone && !FileState.of(root.resolve(f.path())).equals(f.worktree())) {
          SavedCopies.restore(root, copies, f);
        }
      }
      fixWorkingCopies(builtinFixed);
      if (journal.written()) {
        journal.write(journal.current().at(StashJournal.Phase.UNSTAGED_RESTORED));
      }
    } catch (IOException e) {
      throw new FatalException(
          "could not restore unstaged changes ("
              + e.getMessage()
              + "); they are saved in "
              + patch
              + " and `precommit recover` puts them back",
          e);
    }
    checkpoint.reached(Checkpoint.Step.PATCH_APPLIED);
    out.info("Restored changes from " + patch + ".");
  }

  /**
   * Decides, for each file the engine's built-ins fixed, whether its fix is applied to the user's
   * content apart from the patch: only when the file still holds exactly what the built-ins left
   * (no other hook changed it after them) and the fix applies to the user's content (as saved
   * before the stash). Any other file is left to pre-commit's rule: the patch is applied on top of
   * what the hooks left, and a conflict rolls every hook's fix back. Returns the fixed user's
   * content of each file kept.
   */
  private Map<String, byte[]> settleBuiltinFixes() throws IOException {
    Map<String, byte[]> fixed = new HashMap<>();
    Path root = git.repo().root();
    for (SavedFile f : saved) {
      Fix fix = fixes.get(f.path());
      if (fix == null || fix.left() == null) {
        continue;
      }
      FileState now = FileState.of(root.resolve(f.path()));
      byte[] result = null;
      if (now.kind() == FileState.Kind.FILE && now.sha256().equals(fix.left())) {
        result = applySafely(fix.function(), SavedCopies.read(copies, f));
      }
      if (result == null) {
        fixes.remove(f.path());
        mixed.add(f.path());
      } else {
        fixed.put(f.path(), result);
      }
    }
    return fixed;
  }

  private static byte[] applySafely(UnaryOperator<byte[]> fix, byte[] content) {
    try {
      return fix.apply(content.clone());
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * Brings files with a registered fix back to the index's content (dropping whatever hooks wrote
   * there, so the patch applies cleanly to them) and, when asked, stages the fixed content.
   */
  private void revertFixedFiles() throws IOException {
    if (fixes.isEmpty()) {
      return;
    }
    List<String> paths = new ArrayList<>(fixes.keySet());
    git.check(
        StashGit.SKIP_POST_CHECKOUT,
        StashGit.nulTerminated(paths),
        "--literal-pathspecs",
        "-c",
        "submodule.recurse=0",
        "checkout",
        "--pathspec-from-file=-",
        "--pathspec-file-nul");
    Path root = git.repo().root();
    for (Map.Entry<String, Fix> entry : fixes.entrySet()) {
      if (!entry.getValue().stage()) {
        continue;
      }
      String path = entry.getKey();
      Path file = root.resolve(path);
      byte[] staged = Files.readAllBytes(file);
      byte[] fixed = entry.getValue().function().apply(staged.clone());
      if (Arrays.equals(staged, fixed)) {
        continue;
      }
      String blob =
          git.check(Map.of(), fixed, "hash-object", "-w", "--path=" + path, "--stdin")
              .outputText()
              .strip();
      String mode = FileState.isExecutable(file) ? "100755" : "100644";
      git.check(Map.of(), null, "update-index", "--cacheinfo", mode + "," + blob + "," + path);
    }
  }

  /**
   * Applies each registered fix to the user's restored working-tree content ({@code precomputed}
   * holds the result for the user's saved content, used when the file holds exactly that).
   */
  private void fixWorkingCopies(Map<String, byte[]> precomputed) throws IOException {
    Path root = git.repo().root();
    for (Map.Entry<String, Fix> entry : fixes.entrySet()) {
      Path file = root.resolve(entry.getKey());
      FileState state = FileState.of(file);
      if (state.kind() != FileState.Kind.FILE) {
        continue;
      }
      byte[] current = Files.readAllBytes(file);
      byte[] fixed = precomputed.get(entry.getKey());
      if (fixed == null || !state.sha256().equals(savedFile(entry.getKey()).worktree().sha256())) {
        fixed = applySafely(entry.getValue().function(), current);
      }
      if (fixed != null && !Arrays.equals(current, fixed)) {
        SavedCopies.writeFile(file, fixed, state.executable());
      }
    }
  }

  private boolean apply() {
    String file = patch.toString();
    if (git.run("apply", "--whitespace=nowarn", file).succeeded()) {
      return true;
    }
    return git.run("-c", "core.autocrlf=false", "apply", "--whitespace=nowarn", file).succeeded();
  }

  private static void checkoutIndex(StashGit git) {
    git.check(
        StashGit.SKIP_POST_CHECKOUT, null, "-c", "submodule.recurse=0", "checkout", "--", ".");
  }

  /** {@code <cache>/patch<unix-seconds>-<pid>}, as pre-commit names it; never overwritten. */
  private static Path createPatch(Path cacheDir, byte[] content) throws IOException {
    String name =
        "patch" + (System.currentTimeMillis() / 1000) + "-" + ProcessHandle.current().pid();
    for (int attempt = 0; ; attempt++) {
      Path candidate = cacheDir.resolve(attempt == 0 ? name : name + "." + attempt);
      try {
        DurableFile.create(candidate, content);
        return candidate;
      } catch (FileAlreadyExistsException e) {
        // Another stash of this process in the same second: take the next name.
      }
    }
  }

  /**
   * What {@code git checkout -- .} will leave at each path: checked out (with filters and line
   * endings applied) into a scratch directory next to the patch, fingerprinted, and deleted.
   */
  private static Map<String, FileState> checkoutStates(StashGit git, Path patch, List<String> paths)
      throws IOException {
    Path scratch = patch.resolveSibling(patch.getFileName() + ".checkout");
    Files.createDirectories(scratch);
    try {
      git.check(
          Map.of(),
          StashGit.nulTerminated(paths),
          "checkout-index",
          "-z",
          "--stdin",
          "-f",
          "--prefix=" + scratch + "/");
      Map<String, FileState> states = new HashMap<>();
      for (String path : paths) {
        states.put(path, FileState.of(scratch.resolve(path)));
      }
      return states;
    } finally {
      deleteTree(scratch);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  static List<String> splitZ(byte[] output) {
    List<String> names = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < output.length; i++) {
      if (output[i] == 0) {
        if (i > start) {
          names.add(new String(output, start, i - start, StandardCharsets.UTF_8));
        }
        start = i + 1;
      }
    }
    return names;
  }
}
