package dev.precommit.hooks.builtin;

import dev.precommit.hooks.ArgumentParser;
import dev.precommit.hooks.CheckAbortedException;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckInfo;
import dev.precommit.hooks.ContentCheck;
import dev.precommit.hooks.FileCheck;
import dev.precommit.hooks.FileVerdict;
import dev.precommit.hooks.LineNumbers;
import java.util.List;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * {@code check-yaml}: the file must load with a safe loader (one document unless {@code
 * -m/--multi/--allow-multiple-documents}; with {@code --unsafe} it need only parse).
 * pre-commit-hooks uses ruamel.yaml; this uses SnakeYAML with YAML 1.2 resolution ({@link
 * Yaml12Loader}), duplicate keys rejected and no size limits, and prints its errors in ruamel's
 * layout ({@code in "f.yaml", line 2, column 3}). The problem texts are PyYAML's lineage in both,
 * so most match; some differ. Tabs between tokens are accepted where ruamel's libyaml parser
 * accepts them ({@link LibyamlTabs}), so {@code queue:<TAB>} loads as it does there.
 */
public final class CheckYaml implements ContentCheck {
  /**
   * How many tabs in the middle of a line are turned into spaces, one parse each, before the error
   * stands: a bound on the time a pathological file takes.
   */
  private static final int MAX_RELAXED = 1000;

  @Override
  public CheckInfo info() {
    return Manifest.typed(
        "check-yaml",
        "check yaml",
        "checks yaml files for parseable syntax.",
        List.of("yaml"),
        Manifest.ALL_STAGES,
        false);
  }

  @Override
  public FileCheck prepare(List<String> args, CheckContext context) throws CheckAbortedException {
    ArgumentParser.Parsed parsed =
        new ArgumentParser("check-yaml")
            .flag("multi", "-m", "--multi", "--allow-multiple-documents")
            .flag("unsafe", "--unsafe")
            .parse(args)
            .requireNoPositionals();
    boolean multi = parsed.flag("multi");
    boolean unsafe = parsed.flag("unsafe");
    return FileCheck.mayCrash(
        (path, content) -> {
          String text;
          try {
            text = PythonText.readText(content);
          } catch (PythonText.DecodeException e) {
            // Not a YAMLError: the script dies here, leaving the rest of its batch unchecked.
            return FileVerdict.crash(path + ": UnicodeDecodeError: " + e.getMessage() + "\n");
          }
          Yaml yaml = Yaml12Loader.create();
          String source = LibyamlTabs.relaxTrailing(text);
          for (int relaxed = 0; ; relaxed++) {
            try {
              if (unsafe) {
                yaml.parse(new java.io.StringReader(source)).forEach(event -> {});
              } else if (multi) {
                yaml.loadAll(source).forEach(doc -> {});
              } else {
                yaml.load(source);
              }
              return FileVerdict.ok();
            } catch (ReaderException e) {
              return FileVerdict.fail(
                      String.format(
                          "unacceptable character #x%04x: special characters are not allowed\n"
                              + "  in \"%s\", position %d\n",
                          e.getCodePoint(), path, e.getPosition()))
                  .at(path, LineNumbers.ofChar(text, charOffset(text, e.getPosition())));
            } catch (MarkedYAMLException e) {
              // A tab libyaml would have skipped: parse again with it as a space.
              String spaced = relaxed < MAX_RELAXED ? LibyamlTabs.relax(source, e) : null;
              if (spaced != null) {
                source = spaced;
                continue;
              }
              return FileVerdict.fail(describe(e, path, text) + "\n").at(path, line(e));
            } catch (YAMLException | StackOverflowError e) {
              return FileVerdict.fail(path + ": " + e.getMessage() + "\n");
            }
          }
        });
  }

  /** The char offset of code point {@code position} (SnakeYAML's reader counts code points). */
  private static int charOffset(String text, int position) {
    int points = text.codePointCount(0, text.length());
    return text.offsetByCodePoints(0, Math.max(0, Math.min(position, points)));
  }

  /** The 1-based line of the problem (or else its context), 0 when SnakeYAML marks neither. */
  private static int line(MarkedYAMLException e) {
    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    return mark == null ? 0 : mark.getLine() + 1;
  }

  /** ruamel's {@code str(MarkedYAMLError)}, from SnakeYAML's parts. */
  static String describe(MarkedYAMLException e, String path, String text) {
    StringBuilder sb = new StringBuilder();
    Mark contextMark = e.getContextMark();
    Mark problemMark = e.getProblemMark();
    if (e.getContext() != null) {
      sb.append(pythonize(e.getContext()));
    }
    if (contextMark != null
        && (e.getProblem() == null
            || problemMark == null
            || contextMark.getLine() != problemMark.getLine()
            || contextMark.getColumn() != problemMark.getColumn())) {
      line(sb, mark(contextMark, path));
    }
    if (e.getProblem() != null) {
      String problem = pythonize(e.getProblem());
      if (e instanceof org.yaml.snakeyaml.constructor.DuplicateKeyException) {
        String ruamel =
            contextMark == null || problemMark == null
                ? null
                : YamlDuplicateKey.problem(text, contextMark, problemMark);
        problem =
            ruamel != null
                ? ruamel
                : problem.replaceFirst("^found duplicate key (.*)$", "found duplicate key \"$1\"");
      }
      line(sb, problem);
    }
    if (problemMark != null) {
      line(sb, mark(problemMark, path));
    }
    if (e instanceof org.yaml.snakeyaml.constructor.DuplicateKeyException) {
      line(
          sb,
          "\n"
              + "To suppress this check see:\n"
              + "    https://yaml.dev/doc/ruamel.yaml/api/#Duplicate_keys\n");
    }
    return sb.toString();
  }

  /** Rewords SnakeYAML's texts where Python's loaders print a repr: quotes, the tab message. */
  static String pythonize(String text) {
    String t =
        text.replaceFirst(
            "^found character '(.+?)' that cannot start any token\\. \\(Do not use .+ for"
                + " indentation\\)$",
            "found character '$1' that cannot start any token");
    t = t.replace("'\\t(TAB)'", "'\\t'");
    t =
        t.replaceFirst(
            "^(found undefined alias |could not determine a constructor for the tag )([^']\\S*)$",
            "$1'$2'");
    t = t.replaceFirst("(but (?:got|found) )(<[^>']+>)$", "$1'$2'");
    return t;
  }

  private static void line(StringBuilder sb, String text) {
    if (sb.length() > 0) {
      sb.append('\n');
    }
    sb.append(text);
  }

  private static String mark(Mark mark, String path) {
    return "  in \""
        + path
        + "\", line "
        + (mark.getLine() + 1)
        + ", column "
        + (mark.getColumn() + 1);
  }
}
