package dev.precommit.hooks.builtin;

import dev.precommit.config.Stage;
import dev.precommit.git.GitRepo;
import dev.precommit.hooks.ArgumentParser;
import dev.precommit.hooks.Check;
import dev.precommit.hooks.CheckAbortedException;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckInfo;
import dev.precommit.hooks.CheckResult;
import dev.precommit.hooks.Finding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code destroyed-symlinks}: on a checkout without symlink support (Windows, {@code
 * core.symlinks=false}) a symlink becomes a small file holding its target's path, and committing it
 * silently replaces the link. A file is reported when HEAD has it as a symlink and the index as a
 * regular file with the same content (allowing for trailing whitespace a fixer may have added).
 */
public final class DestroyedSymlinksCheck implements Check {
  private static final ArgumentParser ARGS = new ArgumentParser("destroyed-symlinks");
  private static final String SYMLINK_MODE = "120000";
  private static final String NO_FILE_MODE = "000000";

  /**
   * From this many files one {@code git status} of the whole tree, filtered here, is cheaper than
   * git matching every path given as a pathspec.
   */
  private static final int WHOLE_TREE_FROM = 200;

  private static final CheckInfo INFO =
      new CheckInfo(
          "destroyed-symlinks",
          "detect destroyed symlinks",
          "detects symlinks which are changed to regular files with a content of a path which"
              + " that symlink was pointing to.",
          "",
          "^$",
          List.of("file"),
          List.of(),
          List.of(),
          List.of(Stage.PRE_COMMIT, Stage.PRE_PUSH, Stage.MANUAL),
          true,
          false,
          false,
          false);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public CheckResult run(CheckContext context, List<String> files, List<String> args) {
    return runBatches(context, List.of(files), args);
  }

  /**
   * Each batch is an invocation of the script, which prints its own block for the destroyed links
   * among its files, in {@code git status} order. git is asked once for all the files.
   */
  @Override
  public CheckResult runBatches(
      CheckContext context, List<List<String>> batches, List<String> args) {
    ArgumentParser.Parsed parsed;
    try {
      parsed = ARGS.parse(args);
    } catch (CheckAbortedException e) {
      return CheckResult.concat(Collections.nCopies(batches.size(), e.toResult()));
    }
    List<List<String>> perBatch = batches.stream().map(parsed::filenames).toList();
    List<String> paths = perBatch.stream().flatMap(List::stream).distinct().toList();
    List<String> destroyed = new ArrayList<>();
    if (paths.size() > WHOLE_TREE_FROM) {
      Set<String> wanted = new HashSet<>(paths);
      for (String link : context.projectPaths(find(context.git(), List.of()))) {
        if (wanted.contains(link)) {
          destroyed.add(link);
        }
      }
    } else if (!paths.isEmpty()) {
      destroyed.addAll(context.projectPaths(find(context.git(), context.repoPaths(paths))));
    }
    List<CheckResult> results = new ArrayList<>();
    for (List<String> batch : perBatch) {
      Set<String> inBatch = new HashSet<>(batch);
      results.add(report(destroyed.stream().filter(inBatch::contains).toList()));
    }
    return CheckResult.concat(results);
  }

  /** What one invocation prints about {@code destroyed}, its destroyed links. */
  private static CheckResult report(List<String> destroyed) {
    if (destroyed.isEmpty()) {
      return new CheckResult(0, new byte[0], Set.of());
    }
    StringBuilder out = new StringBuilder("Destroyed symlinks:\n");
    for (String link : destroyed) {
      out.append("- ").append(link).append('\n');
    }
    out.append("You should unstage affected files:\n")
        .append("\tgit reset HEAD -- ")
        .append(Shlex.join(destroyed))
        .append('\n')
        .append("And retry commit. As a long term solution you may try to explicitly tell git that")
        .append(" your environment does not support symlinks:\n")
        .append("\tgit config core.symlinks false\n");
    List<Finding> findings =
        destroyed.stream().map(link -> new Finding(link, 0, "destroyed symlink: " + link)).toList();
    return new CheckResult(1, out.toString().getBytes(StandardCharsets.UTF_8), Set.of(), findings);
  }

  private static List<String> find(GitRepo git, List<String> paths) {
    List<String> destroyed = new ArrayList<>();
    byte[] status =
        GitCommands.output(
            git,
            GitCommands.withPaths(
                List.of(
                    "--literal-pathspecs",
                    "status",
                    "--porcelain=v2",
                    "-z",
                    "--untracked-files=no",
                    "--ignore-submodules=all"),
                paths));
    for (String line : GitCommands.splitZ(status)) {
      String[] fields = line.split(" ", -1);
      // 1 XY sub mH mI mW hH hI path
      if (fields.length < 9 || !fields[0].equals("1")) {
        continue;
      }
      String modeHead = fields[3];
      String modeIndex = fields[4];
      String hashHead = fields[6];
      String hashIndex = fields[7];
      String path = String.join(" ", Arrays.asList(fields).subList(8, fields.length));
      if (!modeHead.equals(SYMLINK_MODE)
          || modeIndex.equals(SYMLINK_MODE)
          || modeIndex.equals(NO_FILE_MODE)) {
        continue;
      }
      if (hashHead.equals(hashIndex) || sameTarget(git, hashHead, hashIndex)) {
        destroyed.add(path);
      }
    }
    return destroyed;
  }

  /** Equal content once trailing whitespace is dropped; only worth reading when sizes allow. */
  private static boolean sameTarget(GitRepo git, String hashHead, String hashIndex) {
    long sizeIndex =
        Long.parseLong(GitCommands.text(git, List.of("cat-file", "-s", hashIndex)).strip());
    long sizeHead =
        Long.parseLong(GitCommands.text(git, List.of("cat-file", "-s", hashHead)).strip());
    if (sizeIndex > sizeHead + 2) {
      return false;
    }
    byte[] head = GitCommands.output(git, List.of("cat-file", "-p", hashHead));
    byte[] index = GitCommands.output(git, List.of("cat-file", "-p", hashIndex));
    return Arrays.equals(rstrip(head), rstrip(index));
  }

  /** Python's {@code bytes.rstrip()}: drops trailing ASCII whitespace. */
  private static byte[] rstrip(byte[] bytes) {
    int end = bytes.length;
    while (end > 0 && isSpace(bytes[end - 1])) {
      end--;
    }
    return Arrays.copyOf(bytes, end);
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0x0b || b == 0x0c;
  }
}
