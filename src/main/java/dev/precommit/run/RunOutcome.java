package dev.precommit.run;

import java.util.List;

/**
 * What a run did, for the exit code and for reports.
 *
 * @param exitCode 0 when every hook passed, else 1
 * @param results one per hook that was considered, in config order (empty when the run stopped
 *     before running hooks)
 * @param candidateFiles how many files the run selected before any hook's filters
 */
public record RunOutcome(int exitCode, List<HookResult> results, int candidateFiles) {

  public RunOutcome {
    results = List.copyOf(results);
  }

  /** A run that stopped before any hook ran. */
  public static RunOutcome stopped(int exitCode) {
    return new RunOutcome(exitCode, List.of(), 0);
  }
}
