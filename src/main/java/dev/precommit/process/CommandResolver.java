package dev.precommit.process;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
    List<String> resolved = new ArrayList<>(Shebang.read(workingDir.resolve(exe)));
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

  /** Reads {@code #!} lines the way identify's {@code parse_shebang} does. */
  static final class Shebang {
    private Shebang() {}

    /** The interpreter command of an executable file with a shebang, else an empty list. */
    static List<String> read(Path file) {
      if (!Files.isRegularFile(file) || !Files.isExecutable(file)) {
        return List.of();
      }
      byte[] head;
      try (InputStream in = Files.newInputStream(file)) {
        head = in.readNBytes(1024);
      } catch (IOException e) {
        return List.of();
      }
      if (head.length < 2 || head[0] != '#' || head[1] != '!') {
        return List.of();
      }
      int end = 2;
      while (end < head.length && head[end] != '\n') {
        end++;
      }
      for (int i = 2; i < end; i++) {
        int b = head[i] & 0xff;
        boolean printable = (b >= 0x20 && b < 0x7f) || b == '\t' || b == '\r';
        if (!printable) {
          return List.of();
        }
      }
      String line = new String(head, 2, end - 2, StandardCharsets.US_ASCII).strip();
      List<String> cmd = ShellWords.split(line);
      if (cmd.isEmpty()) {
        return List.of();
      }
      if (cmd.get(0).equals("/usr/bin/env")) {
        cmd = cmd.subList(1, cmd.size());
        if (!cmd.isEmpty() && cmd.get(0).equals("-S")) {
          cmd = cmd.subList(1, cmd.size());
        }
      }
      return List.copyOf(cmd);
    }
  }
}
