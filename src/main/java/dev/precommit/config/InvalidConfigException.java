package dev.precommit.config;

import dev.precommit.cli.FatalException;
import java.util.List;

/**
 * A config or manifest that cannot be used. Names the file, the key path ({@code repos > 0 > hooks
 * > 2 > types}) and what is wrong, on one line.
 */
public class InvalidConfigException extends FatalException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final List<String> keyPath;
  private final String problem;

  public InvalidConfigException(String file, List<String> keyPath, String problem) {
    this("InvalidConfigError", file, keyPath, problem);
  }

  /** For subclasses that name another kind of file ({@code InvalidManifestError}). */
  protected InvalidConfigException(
      String errorName, String file, List<String> keyPath, String problem) {
    super(format(errorName, file, keyPath, problem));
    this.file = file;
    this.keyPath = List.copyOf(keyPath);
    this.problem = problem;
  }

  public String file() {
    return file;
  }

  public List<String> keyPath() {
    return keyPath;
  }

  public String problem() {
    return problem;
  }

  private static String format(
      String errorName, String file, List<String> keyPath, String problem) {
    String at = keyPath.isEmpty() ? "" : " at " + String.join(" > ", keyPath);
    return errorName + ": " + file + at + ": " + problem;
  }
}
