package dev.precommit.run;

import dev.precommit.git.GitRepo;
import dev.precommit.repo.Hook;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which external hooks of a priority group changed files. Their hooks ran at the same time, so one
 * {@code git diff} before and after cannot say which hook it was: {@link WorkTreeState} digests
 * before and after the group name the changed files, and each is put down to the hooks that were
 * given it. Built-ins say themselves what they rewrote, so their files are left out.
 */
final class ChangeAttribution {
  private final GitRepo git;
  private final HookKinds kinds;

  /** The state before the group ran, or null when no hook of it is watched. */
  private final WorkTreeState before;

  /** The hooks' project, relative to the repository root: their files are relative to it. */
  private final String projectDir;

  private ChangeAttribution(GitRepo git, HookKinds kinds, WorkTreeState before, String projectDir) {
    this.git = git;
    this.kinds = kinds;
    this.before = before;
    this.projectDir = projectDir;
  }

  /**
   * Before the group runs: takes the working tree's state when some part of the group is an
   * external hook that may write; otherwise there is nothing to watch.
   */
  static ChangeAttribution before(
      List<GroupPart> parts, List<Hook> group, GitRepo git, HookKinds kinds, String projectDir)
      throws IOException {
    boolean writers =
        parts.stream().anyMatch(p -> !p.readOnly() && kinds.external(group.get(p.first())));
    return new ChangeAttribution(
        git, kinds, writers ? WorkTreeState.capture(git) : null, projectDir);
  }

  /**
   * After the group ran: marks as modified (and failed) the external hooks of {@code results} that
   * changed files. A changed file goes to the hooks that were given it; one that no hook was given
   * goes to every external hook that may write, as pre-commit would blame whichever hook ran.
   *
   * @param rewritten by index in the group, the files each built-in rewrote
   */
  void attribute(
      List<Hook> group,
      List<List<String>> filesOf,
      HookResult[] results,
      Map<Integer, Set<String>> rewritten)
      throws IOException {
    if (before == null) {
      return;
    }
    Set<String> changed = new HashSet<>();
    for (String file : WorkTreeState.capture(git).changedSince(before)) {
      // Names under the project become relative to it, as the hooks' files are.
      changed.add(
          projectDir.isEmpty() || !file.startsWith(projectDir + "/")
              ? file
              : file.substring(projectDir.length() + 1));
    }
    rewritten.values().forEach(changed::removeAll);
    List<Integer> writers = new ArrayList<>();
    for (int k = 0; k < group.size(); k++) {
      HookResult result = results[k];
      if (result.status() == HookResult.Status.SKIPPED
          || result.status() == HookResult.Status.NO_FILES) {
        continue;
      }
      if (kinds.external(group.get(k)) && !kinds.readOnly(group.get(k))) {
        writers.add(k);
      }
    }
    Set<String> claimed = new HashSet<>();
    for (int k : writers) {
      List<String> files = filesOf.get(k);
      claimed.addAll(files);
      if (files.stream().anyMatch(changed::contains)) {
        results[k] = results[k].asModified();
      }
    }
    boolean unclaimed = changed.stream().anyMatch(f -> !claimed.contains(f));
    if (unclaimed) {
      for (int k : writers) {
        results[k] = results[k].asModified();
      }
    }
  }
}
