package dev.precommit.workspace;

import dev.precommit.git.GitRepo;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The config files a workspace may use: those git knows (in the index: tracked or added), outside
 * hidden directories, not named by a {@code .prekignore} file. The index holds no files of
 * submodules or below directory symlinks, and git-ignored files are not added, so those hold no
 * projects. One {@code git ls-files} reads the index and does not walk the working tree, so finding
 * 50 projects costs what finding one does (a few milliseconds); a new project's config counts once
 * it is {@code git add}ed, as pre-commit wants a config staged anyway.
 */
final class ConfigFiles {
  private ConfigFiles() {}

  static List<String> list(GitRepo git) {
    // git's plain pathspecs: `*` also matches `/`, and costs half the CPU of `:(glob)**/`.
    List<String> patterns = new ArrayList<>();
    List<String> names = new ArrayList<>(Workspace.CONFIG_NAMES);
    names.add(Workspace.IGNORE_FILE);
    for (String name : names) {
      patterns.add(name);
      patterns.add("*/" + name);
    }
    List<String> configs = new ArrayList<>();
    boolean ignoreFiles = false;
    for (String path : git.indexedFiles(null, patterns)) {
      String name = path.substring(path.lastIndexOf('/') + 1);
      if (hidden(path) || !names.contains(name)) {
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
    Set<String> ignored = new LinkedHashSet<>(git.indexedFiles(Workspace.IGNORE_FILE, literal));
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
