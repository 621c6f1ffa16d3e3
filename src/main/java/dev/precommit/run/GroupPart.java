package dev.precommit.run;

import java.util.List;
import java.util.Set;

/**
 * A part of a priority group that runs as one task: one hook, or the group's built-in content
 * checks in one pass.
 *
 * @param members indices into the group, in config order
 * @param files every file its hooks were given
 * @param readOnly true when none of its hooks can change a file
 */
record GroupPart(List<Integer> members, Set<String> files, boolean readOnly) {
  GroupPart {
    members = List.copyOf(members);
    files = Set.copyOf(files);
  }

  int first() {
    return members.get(0);
  }

  /** True when the two could touch the same file: their files overlap and one may write. */
  boolean conflictsWith(GroupPart other) {
    if (readOnly && other.readOnly) {
      return false;
    }
    Set<String> smaller = files.size() <= other.files.size() ? files : other.files;
    Set<String> larger = smaller == files ? other.files : files;
    return smaller.stream().anyMatch(larger::contains);
  }
}
