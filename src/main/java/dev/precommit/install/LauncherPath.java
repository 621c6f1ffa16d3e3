package dev.precommit.install;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The launcher a shim should call by absolute path, so hooks work from GUI git clients whose PATH
 * lacks {@code ~/.local/bin}. The launcher script exports {@code PRECOMMIT_LAUNCHER} with its own
 * installed path; without it (the jar run directly) the {@code precommit} on PATH is recorded, and
 * failing that the shim relies on PATH at commit time.
 */
public final class LauncherPath {
  public static final String VARIABLE = "PRECOMMIT_LAUNCHER";

  private LauncherPath() {}

  /** The absolute launcher path to bake into shims, or empty. */
  public static String locate(Map<String, String> env) {
    String exported = env.getOrDefault(VARIABLE, "");
    if (!exported.isEmpty()) {
      return exported;
    }
    for (String dir : env.getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, "precommit").toAbsolutePath();
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return "";
  }
}
