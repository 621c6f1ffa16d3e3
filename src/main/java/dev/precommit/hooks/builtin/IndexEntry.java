package dev.precommit.hooks.builtin;

import dev.precommit.hooks.CheckContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One line of {@code git ls-files --stage}: the mode git will commit, which is what matters on file
 * systems that do not keep the executable bit.
 *
 * @param mode octal mode as git prints it, e.g. {@code 100755}
 * @param path as the check names it
 */
record IndexEntry(String mode, String path) {

  /** True when any of the owner, group or other digits has the executable bit. */
  boolean executable() {
    String permissions = mode.substring(Math.max(0, mode.length() - 3));
    for (char digit : permissions.toCharArray()) {
      if (digit == '1' || digit == '3' || digit == '5' || digit == '7') {
        return true;
      }
    }
    return false;
  }

  /**
   * The index entries for the check's {@code paths}, in index order. The whole index is listed and
   * filtered, rather than passing the paths to git, so any number of files fits and no name is read
   * as a glob.
   */
  static List<IndexEntry> of(CheckContext context, Collection<String> paths) {
    Set<String> wanted = new HashSet<>(context.repoPaths(paths));
    List<IndexEntry> entries = new ArrayList<>();
    if (wanted.isEmpty()) {
      return entries;
    }
    for (String line :
        GitCommands.splitZ(
            GitCommands.output(context.git(), List.of("ls-files", "-z", "--stage")))) {
      int tab = line.indexOf('\t');
      String path = line.substring(tab + 1);
      if (wanted.contains(path)) {
        entries.add(
            new IndexEntry(line.substring(0, line.indexOf(' ')), context.projectPath(path)));
      }
    }
    return entries;
  }
}
