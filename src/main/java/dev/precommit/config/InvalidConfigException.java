package dev.precommit.config;

import dev.precommit.cli.FatalException;
import java.util.List;

/**
 * A config or manifest that cannot be used, worded as pre-commit (cfgv) words it: the file, the
 * context from the outside in ({@code At Config()}, {@code At key: repos}, {@code At
 * Repository(repo='local')}, {@code At key: hooks}, {@code At Hook(id='echo')}, …) and what is
 * wrong, one per line:
 *
 * <pre>
 * InvalidConfigError:
 * ==> File .pre-commit-config.yaml
 * ==> At Config()
 * ==> At key: repos
 * ==> At Repository(repo='local')
 * ==> At key: hooks
 * ==> At Hook(id='echo')
 * =====> Missing required key: entry
 * unknown key 'entyr' -- did you mean 'entry'?
 * </pre>
 *
 * <p>The last line is precommit's: a hint at the likely fix, when there is one (pre-commit has
 * none).
 */
public class InvalidConfigException extends FatalException {
  private static final long serialVersionUID = 1L;
  private final String errorName;
  private final String file;
  private final boolean inFile;
  private final List<String> context;
  private final String problem;
  private final String hint;

  /**
   * @param context cfgv's context lines inside the file, outermost first, without the {@code ==> }
   */
  public InvalidConfigException(String file, List<String> context, String problem) {
    this(file, context, problem, null);
  }

  /**
   * @param hint a line that points at the likely fix, or null
   */
  public InvalidConfigException(String file, List<String> context, String problem, String hint) {
    this("InvalidConfigError", file, true, context, problem, hint);
  }

  /** For subclasses that name another kind of file ({@code InvalidManifestError}). */
  protected InvalidConfigException(
      String errorName,
      String file,
      boolean inFile,
      List<String> context,
      String problem,
      String hint) {
    super(errorName + ": " + block(file, inFile, context, problem, hint));
    this.errorName = errorName;
    this.file = file;
    this.inFile = inFile;
    this.context = List.copyOf(context);
    this.problem = problem;
    this.hint = hint;
  }

  /** {@code file} does not exist or is not a regular file: pre-commit names no context then. */
  public static InvalidConfigException notAFile(String file, String hint) {
    return new InvalidConfigException(
        "InvalidConfigError", file, false, List.of(), file + " is not a file", hint);
  }

  public String file() {
    return file;
  }

  /** cfgv's context lines inside the file ({@code At key: repos}, …), outermost first. */
  public List<String> context() {
    return context;
  }

  public String problem() {
    return problem;
  }

  /** The hint line, or null. */
  public String hint() {
    return hint;
  }

  boolean inFile() {
    return inFile;
  }

  /**
   * The lines after {@code InvalidConfigError: }, starting with a line break, as {@code
   * validate-config} prints them.
   */
  public String block() {
    return block(file, inFile, context, problem, hint);
  }

  /** The error's type as pre-commit names it ({@code InvalidConfigError}). */
  public String errorName() {
    return errorName;
  }

  private static String block(
      String file, boolean inFile, List<String> context, String problem, String hint) {
    StringBuilder text = new StringBuilder("\n");
    if (inFile) {
      text.append("==> File ").append(file).append('\n');
    }
    for (String line : context) {
      text.append("==> ").append(line).append('\n');
    }
    text.append("=====> ").append(problem);
    if (hint != null) {
      text.append('\n').append(hint);
    }
    return text.toString();
  }
}
