package dev.precommit.lang;

import dev.precommit.FatalException;
import dev.precommit.process.ShellWords;
import dev.precommit.repo.Hook;
import java.util.ArrayList;
import java.util.List;

/** A hook's command before filenames: {@code entry} split like a POSIX shell, then {@code args}. */
final class CommandLine {
  private CommandLine() {}

  static List<String> of(Hook hook) {
    List<String> command;
    try {
      command = new ArrayList<>(ShellWords.split(hook.config().entry()));
    } catch (IllegalArgumentException e) {
      throw new FatalException(
          "hook `"
              + hook.id()
              + "` has an entry that cannot be split into words ("
              + e.getMessage()
              + "): "
              + hook.config().entry());
    }
    if (command.isEmpty()) {
      throw new FatalException("hook `" + hook.id() + "` has an empty entry");
    }
    command.addAll(hook.config().args());
    return command;
  }
}
