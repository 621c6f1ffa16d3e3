package dev.precommit.workspace;

import dev.precommit.git.GitRepo;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The config files a workspace may use, as git lists them: tracked or untracked and not ignored,
 * outside hidden directories, not named by a {@code .prekignore} file. Git does not descend into
 * submodules or directory symlinks, so neither does this. One {@code git ls-files} reads the index
 * and walks only untracked directories, so finding 50 projects costs about what finding one does.
 */
final class ConfigFiles {
  private ConfigFiles() {}

  static List<String> list(GitRepo git) {
    List<String> patterns = new ArrayList<>();
    for (String name : Workspace.CONFIG_NAMES) {
      patterns.add(":(glob)**/" + name);
    }
    patterns.add(":(glob)**/" + Workspace.IGNORE_FILE);
    List<String> configs = new ArrayList<>();
    boolean ignoreFiles = false;
    for (String path : git.listFiles(false, null, patterns)) {
      if (hidden(path)) {
        continue;
      }
      if (path.endsWith("/" + Workspace.IGNORE_FILE) || path.equals(Workspace.IGNORE_FILE)) {
        ignoreFiles = true;
      } else {
        configs.add(path);
      }
    }
    if (!ignoreFiles || configs.isEmpty()) {
      return configs;
    }
    List<String> literal = configs.stream().map(p -> ":(literal)" + p).toList();
    Set<String> ignored = new LinkedHashSet<>(git.listFiles(true, Workspace.IGNORE_FILE, literal));
    return configs.stream().filter(p -> !ignored.contains(p)).toList();
  }

  /** Whether a directory on the path starts with a dot (the file's own name may). */
  static boolean hidden(String path) {
    String[] parts = path.split("/");
    for (int i = 0; i < parts.length - 1; i++) {
      if (parts[i].startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
