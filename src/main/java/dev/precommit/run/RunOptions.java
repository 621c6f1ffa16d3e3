package dev.precommit.run;

import dev.precommit.config.Stage;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything {@code precommit run} was asked to do, from the command line or from a git hook.
 *
 * @param hookId run only hooks with this id or alias; null for all
 * @param files explicit files ({@code --files}); null when not given
 * @param config the config file, relative to the repository root or absolute
 * @param commitMsgFilename the message file for commit-msg and prepare-commit-msg
 * @param hookEnv extra {@code PRE_COMMIT_*} variables for hooks (remote name, checkout type, …)
 * @param discover whether no config was named, so the workspace around {@code workingDir} is
 *     discovered (a repository with one config at its root runs exactly as without)
 * @param workingDir where the command was run, relative to the repository root ("" for the root)
 * @param skips {@code --skip} selectors: hook ids, {@code project/}, {@code project:hook-id}
 */
public record RunOptions(
    String hookId,
    boolean allFiles,
    List<String> files,
    String fromRef,
    String toRef,
    Stage hookStage,
    boolean showDiffOnFailure,
    boolean verbose,
    boolean failFast,
    String config,
    String commitMsgFilename,
    Map<String, String> hookEnv,
    boolean discover,
    String workingDir,
    List<String> skips) {

  public static final String DEFAULT_CONFIG = ".pre-commit-config.yaml";

  public RunOptions {
    files = files == null || files.isEmpty() ? null : List.copyOf(files);
    hookStage = Objects.requireNonNullElse(hookStage, Stage.PRE_COMMIT);
    config = Objects.requireNonNullElse(config, DEFAULT_CONFIG);
    hookEnv = Map.copyOf(Objects.requireNonNullElse(hookEnv, Map.of()));
    workingDir = Objects.requireNonNullElse(workingDir, "");
    skips = List.copyOf(Objects.requireNonNullElse(skips, List.of()));
  }

  /** One config, named or the default at the root: no workspace discovery, no {@code --skip}. */
  public RunOptions(
      String hookId,
      boolean allFiles,
      List<String> files,
      String fromRef,
      String toRef,
      Stage hookStage,
      boolean showDiffOnFailure,
      boolean verbose,
      boolean failFast,
      String config,
      String commitMsgFilename,
      Map<String, String> hookEnv) {
    this(
        hookId,
        allFiles,
        files,
        fromRef,
        toRef,
        hookStage,
        showDiffOnFailure,
        verbose,
        failFast,
        config,
        commitMsgFilename,
        hookEnv,
        false,
        "",
        List.of());
  }

  /**
   * These options with {@code --skip} selectors, and with the workspace around {@code workingDir}
   * discovered when {@code discover}.
   */
  public RunOptions inWorkspace(boolean discover, String workingDir, List<String> skips) {
    return new RunOptions(
        hookId,
        allFiles,
        files,
        fromRef,
        toRef,
        hookStage,
        showDiffOnFailure,
        verbose,
        failFast,
        config,
        commitMsgFilename,
        hookEnv,
        discover,
        workingDir,
        skips);
  }

  /** A plain {@code precommit run} with every default. */
  public static RunOptions defaults() {
    return new RunOptions(
        null,
        false,
        null,
        null,
        null,
        Stage.PRE_COMMIT,
        false,
        false,
        false,
        DEFAULT_CONFIG,
        null,
        Map.of());
  }

  /** True when unstaged changes are stashed around the run: neither --all-files nor --files. */
  public boolean stashes() {
    return !allFiles && files == null;
  }
}
