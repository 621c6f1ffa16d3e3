package dev.precommit.process;

import dev.precommit.select.Shebang;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a hook's command into what the OS can execute, as pre-commit does: the executable is looked
 * up on PATH unless it contains a slash, and an executable script's shebang interpreter is put in
 * front of it (so long shebangs and {@code env -S} work everywhere).
 */
public final class CommandResolver {
  private final Map<String, String> environment;
  private final Path workingDir;

  public CommandResolver(Map<String, String> environment, Path workingDir) {
    this.environment = environment;
    this.workingDir = workingDir;
  }

  /** The command with its executable resolved and its shebang interpreter prepended. */
  public List<String> resolve(List<String> command) throws ExecutableNotFoundException {
    String exe = findExecutable(command.get(0));
    List<String> resolved = new ArrayList<>(shebang(workingDir.resolve(exe)));
    resolved.add(exe);
    resolved.addAll(command.subList(1, command.size()));
    resolved.set(0, findExecutable(resolved.get(0)));
    return resolved;
  }

  private String findExecutable(String name) throws ExecutableNotFoundException {
    if (name.indexOf('/') < 0) {
      for (String dir : environment.getOrDefault("PATH", "").split(":", -1)) {
        Path candidate = Path.of(dir.isEmpty() ? "." : dir).resolve(name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return candidate.toString();
        }
      }
      throw new ExecutableNotFoundException("Executable `" + name + "` not found");
    }
    Path path = workingDir.resolve(name);
    if (Files.isDirectory(path)) {
      throw new ExecutableNotFoundException("Executable `" + name + "` is a directory");
    }
    if (!Files.isRegularFile(path)) {
      throw new ExecutableNotFoundException("Executable `" + name + "` not found");
    }
    if (!Files.isExecutable(path)) {
      throw new ExecutableNotFoundException("Executable `" + name + "` is not executable");
    }
    return name;
  }

  /** The interpreter of an executable script, as identify reads it; empty for anything else. */
  private static List<String> shebang(Path file) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      return Shebang.fromFile(file);
    } catch (IOException e) {
      return List.of();
    }
  }
}
