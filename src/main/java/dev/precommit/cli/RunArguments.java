package dev.precommit.cli;

import dev.precommit.CliContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the plain forms of {@code run}'s command line without picocli, which costs ~200 ms to start
 * (its classes predate the class-data archive's class-file version, and it reflects over every
 * command) — a sixth of a {@code run --all-files} over 10,000 files. picocli stays the definition
 * of {@code run}: this reader accepts only command lines it can read exactly as picocli would (each
 * option but {@code --report} at most once, values that do not look like options, no clustered
 * short options, no {@code --}, no {@code @files}, no help) and returns null for anything else,
 * which picocli then reads, reports errors for and documents. {@code RunArgumentsTest} holds the
 * two readers to the same result.
 */
final class RunArguments {
  private RunArguments() {}

  /**
   * {@code args} (starting with {@code run}) read into a new {@link RunCommand}, or null when
   * picocli must read them.
   */
  static RunCommand parse(String[] args, CliContext context) {
    if (args.length == 0 || !args[0].equals("run")) {
      return null;
    }
    RunCommand run = new RunCommand(context);
    Set<String> seen = new HashSet<>();
    List<String> files = null;
    boolean allFiles = false;
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.isEmpty() || arg.startsWith("@")) {
        return null;
      }
      if (!arg.startsWith("-")) {
        if (files != null) {
          files.add(arg);
        } else if (run.hook == null) {
          run.hook = arg;
        } else {
          return null;
        }
        continue;
      }
      String name = arg;
      String inline = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        name = arg.substring(0, equals);
        inline = arg.substring(equals + 1);
      }
      String canonical = canonical(name);
      if (canonical == null
          || (!seen.add(canonical)
              && !canonical.equals("--report")
              && !canonical.equals("--skip"))) {
        return null;
      }
      files = null;
      if (!takesValue(canonical)) {
        if (inline != null) {
          return null;
        }
        flag(run, name, canonical);
        if (canonical.equals("--all-files")) {
          allFiles = true;
        } else if (canonical.equals("--files")) {
          files = new ArrayList<>();
          run.files.fileChoice = new FileOptions.FileChoice();
          run.files.fileChoice.files = files;
        }
        continue;
      }
      String value = inline;
      if (value == null) {
        if (i + 1 >= args.length || args[i + 1].startsWith("-") || args[i + 1].startsWith("@")) {
          return null;
        }
        value = args[++i];
      }
      if (value.isEmpty()) {
        return null;
      }
      set(run, canonical, value);
    }
    if (allFiles) {
      if (run.files.fileChoice != null) {
        return null;
      }
      run.files.fileChoice = new FileOptions.FileChoice();
      run.files.fileChoice.allFiles = true;
    }
    if (seen.contains("--jobs") && run.jobs == null) {
      return null;
    }
    return run;
  }

  /** The long name an option is known by, or null for one this reader leaves to picocli. */
  private static String canonical(String name) {
    return switch (name) {
      case "-a", "--all-files", "--all" -> "--all-files";
      case "-s", "--from-ref", "--source" -> "--from-ref";
      case "-o", "--to-ref", "--origin" -> "--to-ref";
      case "-v", "--verbose" -> "--verbose";
      case "-j", "--jobs" -> "--jobs";
      case "-c", "--config" -> "--config";
      case "--summary", "--no-summary" -> "--summary";
      case "--files",
          "--last-commit",
          "--since",
          "--report",
          "--skip",
          "--hook-stage",
          "--show-diff-on-failure",
          "--fail-fast",
          "--dry-run",
          "--color",
          "--commit-msg-filename",
          "--prepare-commit-message-source",
          "--commit-object-name",
          "--remote-name",
          "--remote-url",
          "--remote-branch",
          "--local-branch",
          "--pre-rebase-upstream",
          "--pre-rebase-branch",
          "--checkout-type",
          "--is-squash-merge",
          "--rewrite-command" ->
          name;
      default -> null;
    };
  }

  /** Sets a flag option given as {@code name}. */
  private static void flag(RunCommand run, String name, String canonical) {
    switch (canonical) {
      case "--last-commit" -> run.lastCommit = true;
      case "--summary" -> run.summary = name.equals("--summary");
      case "--show-diff-on-failure" -> run.flags.showDiffOnFailure = true;
      case "--verbose" -> run.flags.verbose = true;
      case "--fail-fast" -> run.flags.failFast = true;
      case "--dry-run" -> run.dryRun = true;
      default -> {} // --all-files and --files: the caller records them
    }
  }

  /** Whether the option takes a value. */
  private static boolean takesValue(String canonical) {
    return switch (canonical) {
      case "--all-files",
          "--files",
          "--last-commit",
          "--summary",
          "--show-diff-on-failure",
          "--verbose",
          "--fail-fast",
          "--dry-run" ->
          false;
      default -> true;
    };
  }

  /** Stores a value-taking option's value. */
  private static void set(RunCommand run, String canonical, String value) {
    switch (canonical) {
      case "--from-ref" -> run.files.fromRef = value;
      case "--to-ref" -> run.files.toRef = value;
      case "--since" -> run.since = value;
      case "--report" -> run.reports.add(value);
      case "--skip" -> run.skips.add(value);
      case "--hook-stage" -> run.flags.hookStage = value;
      case "--jobs" -> run.jobs = wholeNumber(value);
      case "--config" -> run.config.config = value;
      case "--color" -> run.color.color = value;
      case "--commit-msg-filename" -> run.commitMsgFilename = value;
      case "--prepare-commit-message-source" -> run.prepareCommitMessageSource = value;
      case "--commit-object-name" -> run.commitObjectName = value;
      case "--remote-name" -> run.remoteName = value;
      case "--remote-url" -> run.remoteUrl = value;
      case "--remote-branch" -> run.remoteBranch = value;
      case "--local-branch" -> run.localBranch = value;
      case "--pre-rebase-upstream" -> run.preRebaseUpstream = value;
      case "--pre-rebase-branch" -> run.preRebaseBranch = value;
      case "--checkout-type" -> run.checkoutType = value;
      case "--is-squash-merge" -> run.isSquashMerge = value;
      case "--rewrite-command" -> run.rewriteCommand = value;
      default -> throw new IllegalArgumentException(canonical);
    }
  }

  /** A decimal int without sign or leading zero, which every int reader agrees on; else null. */
  private static Integer wholeNumber(String value) {
    if (value.length() > 9 || (value.length() > 1 && value.charAt(0) == '0')) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return null;
      }
    }
    return Integer.valueOf(value);
  }
}
