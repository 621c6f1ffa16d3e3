package dev.precommit.run;

import dev.precommit.repo.Hook;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The order hooks run in, as groups of hooks that run at the same time: prek's {@code priority}. A
 * hook's priority is its {@code priority} key, or else its position in the config file (counted
 * from 0 over every hook of the file), so a config without the key runs one hook at a time in
 * config order, as pre-commit does. Lower priorities run first; within a group hooks keep config
 * order, which is the order their output is printed in.
 */
final class PrioritySchedule {
  private PrioritySchedule() {}

  /** True when some hook sets {@code priority}; otherwise every group is one hook, in order. */
  static boolean anyDeclared(List<Hook> hooks) {
    for (Hook hook : hooks) {
      if (hook.config().priority().isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Groups the indices of {@code hooks} (which are in config order).
   *
   * @param position a hook's position in the config file, counting every hook of the file
   */
  static List<List<Integer>> groups(List<Hook> hooks, ToIntFunction<Hook> position) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < hooks.size(); i++) {
      order.add(i);
    }
    ToIntFunction<Integer> priority =
        i -> hooks.get(i).config().priority().orElse(position.applyAsInt(hooks.get(i)));
    order.sort(Comparator.comparingInt(priority).thenComparingInt(i -> i));
    List<List<Integer>> groups = new ArrayList<>();
    for (int i : order) {
      List<Integer> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (last != null && priority.applyAsInt(last.get(0)) == priority.applyAsInt(i)) {
        last.add(i);
      } else {
        groups.add(new ArrayList<>(List.of(i)));
      }
    }
    return groups.stream().map(List::copyOf).toList();
  }
}
