package dev.precommit.hooks.builtin;

import dev.precommit.config.PythonRepr;
import dev.precommit.hooks.ArgumentParser;
import dev.precommit.hooks.CheckAbortedException;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckInfo;
import dev.precommit.hooks.ContentCheck;
import dev.precommit.hooks.FileCheck;
import dev.precommit.hooks.FileVerdict;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code trailing-whitespace}: strips trailing whitespace from every line, keeping {@code \n} or
 * {@code \r\n}, and keeping a two-space Markdown hard break in files with a Markdown extension.
 */
public final class TrailingWhitespaceFixer implements ContentCheck {
  private static final String PROG = "trailing-whitespace-fixer";

  @Override
  public CheckInfo info() {
    return Manifest.typed(
        "trailing-whitespace",
        "trim trailing whitespace",
        "trims trailing whitespace.",
        List.of("text"),
        Manifest.COMMIT_PUSH_MANUAL,
        true);
  }

  @Override
  public FileCheck prepare(List<String> args, CheckContext context) throws CheckAbortedException {
    ArgumentParser parser =
        new ArgumentParser(PROG)
            .flag("no_markdown_linebreak_ext", "--no-markdown-linebreak-ext")
            .hidden()
            .append("markdown_linebreak_ext", List.of(), "--markdown-linebreak-ext")
            .metavar("*|EXT[,EXT,...]")
            .value("chars", null, "--chars");
    ArgumentParser.Parsed parsed = parser.parse(args).requireNoPositionals();
    List<String> mdArgs = parsed.list("markdown_linebreak_ext");
    if (mdArgs.contains("")) {
      throw parser.error("--markdown-linebreak-ext requires a non-empty argument");
    }
    boolean allMarkdown = mdArgs.contains("*");
    List<String> exts = new ArrayList<>();
    for (String x : String.join(",", mdArgs).split(",", -1)) {
      String ext = "." + stripLeadingDots(x.toLowerCase(Locale.ROOT));
      if (ext.substring(1).matches(".*[./\\\\:].*")) {
        throw parser.error(
            "bad --markdown-linebreak-ext extension "
                + PythonRepr.string(ext)
                + " (has . / \\ :)\n  (probably filename; use '--markdown-linebreak-ext=EXT')");
      }
      exts.add(ext);
    }
    Set<String> mdExts = Set.copyOf(exts);
    byte[] chars = parsed.value("chars").map(c -> c.getBytes(StandardCharsets.UTF_8)).orElse(null);
    boolean deprecated = parsed.flag("no_markdown_linebreak_ext");
    return new FileCheck() {
      @Override
      public FileVerdict check(String path, byte[] content) {
        boolean md = allMarkdown || mdExts.contains(extension(path.toLowerCase(Locale.ROOT)));
        byte[] fixed = fix(content, md, chars);
        return Arrays.equals(fixed, content)
            ? FileVerdict.ok()
            : FileVerdict.fixed(fixed, "Fixing " + path + "\n");
      }

      @Override
      public byte[] header() {
        return deprecated
            ? "--no-markdown-linebreak-ext now does nothing!\n".getBytes(StandardCharsets.UTF_8)
            : new byte[0];
      }
    };
  }

  private static String stripLeadingDots(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == '.') {
      i++;
    }
    return s.substring(i);
  }

  /** Python's {@code os.path.splitext(path)[1]}. */
  static String extension(String path) {
    int sep = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    if (dot > sep) {
      for (int i = sep + 1; i < dot; i++) {
        if (path.charAt(i) != '.') {
          return path.substring(dot);
        }
      }
    }
    return "";
  }

  /** The fixed content; {@code content} itself when no line changes (most files). */
  static byte[] fix(byte[] content, boolean markdown, byte[] chars) {
    ByteArrayOutputStream out = null;
    int start = 0;
    while (start < content.length) {
      int nl = start;
      while (nl < content.length && content[nl] != '\n') {
        nl++;
      }
      int lineEnd = nl < content.length ? nl + 1 : nl;
      int end = lineEnd;
      int eolStart;
      if (end - start >= 2 && content[end - 2] == '\r' && content[end - 1] == '\n') {
        eolStart = end - 2;
      } else if (end - start >= 1 && content[end - 1] == '\n') {
        eolStart = end - 1;
      } else {
        eolStart = end;
      }
      boolean keepBreak =
          markdown
              && eolStart - start >= 2
              && content[eolStart - 1] == ' '
              && content[eolStart - 2] == ' '
              && !isBlank(content, start, eolStart);
      int bodyEnd = keepBreak ? eolStart - 2 : eolStart;
      int stripped = bodyEnd;
      while (stripped > start && strippable(content[stripped - 1], chars)) {
        stripped--;
      }
      if (out == null && stripped != bodyEnd) {
        out = new ByteArrayOutputStream(content.length);
        out.write(content, 0, start);
      }
      if (out != null) {
        out.write(content, start, stripped - start);
        if (keepBreak) {
          out.write(' ');
          out.write(' ');
        }
        out.write(content, eolStart, end - eolStart);
      }
      start = lineEnd;
    }
    return out == null ? content : out.toByteArray();
  }

  /** Whether the line's body holds only whitespace (and is not empty). */
  private static boolean isBlank(byte[] content, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!PythonText.isByteSpace(content[i])) {
        return false;
      }
    }
    return end > start;
  }

  private static boolean strippable(byte b, byte[] chars) {
    if (chars == null) {
      return PythonText.isByteSpace(b);
    }
    for (byte c : chars) {
      if (c == b) {
        return true;
      }
    }
    return false;
  }
}
