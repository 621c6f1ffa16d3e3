package dev.precommit.cli;

import dev.precommit.ExitCodes;
import dev.precommit.config.InvalidConfigException;
import dev.precommit.output.Output;
import java.util.List;
import java.util.function.Function;

/**
 * What {@code validate-config} and {@code validate-manifest} share: the files named (else the
 * default one) checked in turn, an invalid file's error block on stdout, each further problem an
 * {@code [ERROR] FILE: …} line, and exit code 1 when any file had one.
 */
final class ValidatedFiles {
  private ValidatedFiles() {}

  /**
   * Checks {@code files}, or {@code defaultFile} when none are named: each is loaded (an {@link
   * InvalidConfigException} prints its block), then what it loaded to is checked further; the exit
   * code.
   */
  static <T> int check(
      List<String> files,
      String defaultFile,
      Output output,
      Function<String, T> load,
      Function<T, List<String>> problems) {
    List<String> names = files.isEmpty() ? List.of(defaultFile) : files;
    int result = ExitCodes.OK;
    for (String name : names) {
      T loaded;
      try {
        loaded = load.apply(name);
      } catch (InvalidConfigException e) {
        output.writeLine(e.block());
        result = ExitCodes.FAILED;
        continue;
      }
      for (String problem : problems.apply(loaded)) {
        output.error(name + ": " + problem);
        result = ExitCodes.FAILED;
      }
    }
    return result;
  }
}
