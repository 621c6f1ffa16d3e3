package dev.precommit.git;

import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The working tree of one git repository, in domain words. Queries on the hook path use the git
 * command (a fork of git costs ~8 ms; opening the repository with JGit costs ~80 ms, see
 * jvm-startup.md). Inherits {@code GIT_DIR}, {@code GIT_INDEX_FILE} and friends from the
 * environment, so a {@code git commit -a} temporary index is honoured.
 */
public final class GitRepo {
  /** git's empty tree: what a repository's first commit is diffed against. */
  public static final String EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";

  private final Path root;
  private final Path gitDir;
  private final ProcessRunner git;

  private GitRepo(Path root, Path gitDir, ProcessRunner git) {
    this.root = root;
    this.gitDir = gitDir;
    this.git = git;
  }

  /**
   * Finds the repository that contains {@code directory}.
   *
   * @throws GitException outside a repository or inside its {@code .git} directory
   */
  public static GitRepo discover(Path directory, Map<String, String> env) {
    ProcessRunner runner = ProcessRunner.separate(env);
    ProcessResult result;
    try {
      // One process for both: every fork of git costs milliseconds on the hook path.
      result = runner.run(List.of("git", "rev-parse", "--show-toplevel", "--git-dir"), directory);
    } catch (IOException e) {
      throw new GitException(
          "git failed. Is it installed, and are you in a Git repository directory?", e);
    }
    if (!result.succeeded()) {
      throw new GitException(
          "git failed. Is it installed, and are you in a Git repository directory?");
    }
    List<String> lines = result.outputText().lines().toList();
    String top = lines.isEmpty() ? "" : lines.get(0).strip();
    if (top.isEmpty() || lines.size() < 2) {
      throw new GitException(
          "git toplevel unexpectedly empty! make sure you are not inside the `.git` directory of"
              + " your repository.");
    }
    // --git-dir prints a path relative to the directory it ran in, or an absolute one.
    Path gitDir = directory.toAbsolutePath().resolve(lines.get(1)).normalize();
    return new GitRepo(Path.of(top), gitDir, runner);
  }

  /** The top of the working tree. */
  public Path root() {
    return root;
  }

  /** The environment git commands run with. */
  public Map<String, String> environment() {
    return git.environment();
  }

  /** This worktree's git dir ({@code .git}, or {@code .git/worktrees/x}). */
  public Path gitDir() {
    return gitDir;
  }

  /** The git dir shared by all worktrees: where hooks are installed. */
  public Path commonGitDir() {
    return root.resolve(text("rev-parse", "--git-common-dir").strip()).normalize();
  }

  /** True when HEAD names a commit (false in a repository with no commits yet). */
  public boolean hasHead() {
    return run("rev-parse", "--verify", "-q", "HEAD").succeeded();
  }

  /** Staged paths, deletions excluded, in git's order. */
  public List<String> stagedFiles() {
    return zList(
        "diff", "--staged", "--name-only", "--no-ext-diff", "-z", "--diff-filter=ACMRTUXB");
  }

  /** Paths that git add --intent-to-add put in the index. */
  public List<String> intentToAddFiles() {
    return zList(
        "diff", "--no-ext-diff", "--ignore-submodules", "--diff-filter=A", "--name-only", "-z");
  }

  /** Every tracked path. */
  public List<String> allFiles() {
    return zList("ls-files", "-z", "--deduplicate");
  }

  /**
   * Paths changed between two refs: {@code from...to}, or {@code from..to} without a merge base.
   */
  public List<String> changedFiles(String from, String to) {
    for (String ref : List.of(from, to)) {
      if (!ref.equals(EMPTY_TREE)
          && !run("rev-parse", "--verify", "-q", ref + "^{commit}").succeeded()) {
        throw new GitException(
            "`"
                + ref
                + "` is not a commit in this repository"
                + (hasHead() ? "" : " (it has no commits yet)"));
      }
    }
    ProcessResult result = run("diff", "--name-only", "--no-ext-diff", "-z", from + "..." + to);
    if (!result.succeeded()) {
      result = run("diff", "--name-only", "--no-ext-diff", "-z", from + ".." + to);
    }
    if (!result.succeeded()) {
      throw new GitException(
          "cannot diff "
              + from
              + " and "
              + to
              + ": "
              + (result.outputText() + result.errorText()).strip());
    }
    return splitZ(result.output());
  }

  /** Paths with unresolved conflicts in the index. */
  public List<String> unmergedFiles() {
    return zList("diff", "--name-only", "--no-ext-diff", "-z", "--diff-filter=U");
  }

  /** True while a merge is in progress (MERGE_MSG and MERGE_HEAD exist). */
  public boolean isInMergeConflict() {
    Path dir = gitDir();
    return Files.exists(dir.resolve("MERGE_MSG")) && Files.exists(dir.resolve("MERGE_HEAD"));
  }

  /** The files of a merge in progress: those MERGE_MSG names and those the merge touched. */
  public List<String> mergeConflictFiles() {
    Set<String> files = new LinkedHashSet<>();
    try {
      for (String line :
          Files.readAllLines(gitDir().resolve("MERGE_MSG"), StandardCharsets.UTF_8)) {
        if (line.startsWith("\t")) {
          files.add(line.substring(1));
        } else if (line.startsWith("#\t")) {
          files.add(line.substring(2));
        }
      }
    } catch (IOException e) {
      throw new GitException("cannot read MERGE_MSG: " + e.getMessage(), e);
    }
    String tree = text("write-tree").strip();
    files.addAll(
        zList(
            "diff", "--name-only", "--no-ext-diff", "-z", "-m", tree, "HEAD", "MERGE_HEAD", "--"));
    return List.copyOf(files);
  }

  /**
   * The working tree's difference from the index, as bytes: compared before and after a hook to
   * tell whether it changed files.
   */
  public byte[] diffSnapshot() {
    return run("diff", "--no-ext-diff", "--no-textconv", "--ignore-submodules").output();
  }

  /** True when {@code path} differs between the index and the working tree. */
  public boolean hasUnstagedChanges(String path) {
    return run("diff", "--quiet", "--no-ext-diff", "--", path).exitCode() == 1;
  }

  /** The value of a config key, or empty when it is not set. */
  public String config(String key) {
    ProcessResult result = run("config", "--get", key);
    return result.succeeded() ? result.outputText().strip() : "";
  }

  /**
   * Files in the index matching {@code pathspecs}: read from the index alone, no walk of the
   * working tree. With {@code ignoreFile}, only those that the per-directory {@code ignoreFile}s
   * (gitignore syntax) name.
   */
  public List<String> indexedFiles(String ignoreFile, List<String> pathspecs) {
    List<String> args = new ArrayList<>(List.of("ls-files", "-z", "--cached"));
    if (ignoreFile != null) {
      args.add("--ignored");
      args.add("--exclude-per-directory=" + ignoreFile);
    }
    args.add("--");
    args.addAll(pathspecs);
    return zList(args.toArray(String[]::new));
  }

  /** Those of {@code paths} whose working tree differs from the index: one {@code git diff}. */
  public List<String> unstagedAmong(List<String> paths) {
    List<String> args =
        new ArrayList<>(List.of("diff", "--name-only", "-z", "--no-ext-diff", "--"));
    args.addAll(paths);
    return zList(args.toArray(String[]::new));
  }

  /** Runs {@code git args…} in the root and returns what it did, whatever its exit code. */
  public ProcessResult run(String... args) {
    List<String> command = new ArrayList<>(args.length + 1);
    command.add("git");
    command.addAll(List.of(args));
    try {
      return git.run(command, root);
    } catch (IOException e) {
      throw new GitException("cannot run git: " + e.getMessage(), e);
    }
  }

  private String text(String... args) {
    ProcessResult result = run(args);
    if (!result.succeeded()) {
      throw new GitException(
          "git "
              + String.join(" ", args)
              + " failed: "
              + (result.outputText() + result.errorText()).strip());
    }
    return result.outputText();
  }

  private List<String> zList(String... args) {
    ProcessResult result = run(args);
    if (!result.succeeded()) {
      throw new GitException(
          "git "
              + String.join(" ", args)
              + " failed: "
              + (result.outputText() + result.errorText()).strip());
    }
    return splitZ(result.output());
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
