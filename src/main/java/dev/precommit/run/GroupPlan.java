package dev.precommit.run;

import dev.precommit.repo.Hook;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How a priority group runs: hooks that are skipped or have no files get their result right away;
 * the built-in content checks become one part, at the place of the first of them; every other hook
 * is a part of its own.
 *
 * @param parts the parts that run, in config order of their first hooks
 * @param results each hook's result by its index in the group: set for hooks that do not run, null
 *     for the others until their part has run
 */
record GroupPlan(List<GroupPart> parts, HookResult[] results) {

  static GroupPlan of(
      List<Hook> group, List<List<String>> filesOf, RunState state, HookKinds kinds) {
    HookResult[] results = new HookResult[group.size()];
    List<GroupPart> parts = new ArrayList<>();
    List<Integer> fusedMembers = new ArrayList<>();
    int fusedSlot = -1;
    for (int k = 0; k < group.size(); k++) {
      Hook hook = group.get(k);
      List<String> files = filesOf.get(k);
      if (state.skipped(hook)) {
        results[k] = HookResult.notRun(hook, HookResult.Status.SKIPPED);
      } else if (files.isEmpty() && !hook.config().alwaysRun()) {
        results[k] = HookResult.notRun(hook, HookResult.Status.NO_FILES);
      } else if (kinds.fusable(hook, files, state.skips())) {
        if (fusedMembers.isEmpty()) {
          fusedSlot = parts.size();
          parts.add(null);
        }
        fusedMembers.add(k);
      } else {
        parts.add(new GroupPart(List.of(k), Set.copyOf(files), kinds.readOnly(hook)));
      }
    }
    if (fusedSlot >= 0) {
      parts.set(fusedSlot, fusedPart(fusedMembers, group, filesOf, kinds));
    }
    return new GroupPlan(List.copyOf(parts), results);
  }

  private static GroupPart fusedPart(
      List<Integer> members, List<Hook> group, List<List<String>> filesOf, HookKinds kinds) {
    Set<String> files = new HashSet<>();
    boolean readOnly = true;
    for (int k : members) {
      files.addAll(filesOf.get(k));
      readOnly &= kinds.readOnly(group.get(k));
    }
    return new GroupPart(members, files, readOnly);
  }
}
