package dev.precommit.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The options that pick a run's files, shared by {@code run} and {@code try-repo}: {@code
 * --all-files} or {@code --files}, and {@code --from-ref}/{@code --to-ref}.
 */
final class FileOptions {
  @ArgGroup(exclusive = true)
  FileChoice fileChoice;

  /** {@code --all-files} and {@code --files} exclude each other, as in pre-commit. */
  static final class FileChoice {
    @Option(
        names = {"-a", "--all-files", "--all"},
        description = "Run on all the files in the repo.")
    boolean allFiles;

    @Option(
        names = "--files",
        arity = "0..*",
        paramLabel = "FILE",
        description = "Specific filenames to run hooks on.")
    List<String> files;
  }

  @Option(
      names = {"--from-ref", "--source", "-s"},
      description = "The original ref.")
  String fromRef;

  @Option(
      names = {"--to-ref", "--origin", "-o"},
      description = "The destination ref.")
  String toRef;

  boolean allFiles() {
    return fileChoice != null && fileChoice.allFiles;
  }

  /** The {@code --files} given, made relative to the repository root; null without the option. */
  List<String> files(Path workingDir, Path root) {
    return fileChoice == null || fileChoice.files == null
        ? null
        : fileChoice.files.stream().map(f -> relative(workingDir, root, f)).toList();
  }

  /** A path given relative to the working directory, made relative to the repository root. */
  static String relative(Path workingDir, Path root, String path) {
    Path absolute = workingDir.resolve(path).normalize();
    return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
  }
}
