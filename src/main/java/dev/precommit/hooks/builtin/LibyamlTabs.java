package dev.precommit.hooks.builtin;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Where libyaml takes a tab for white space between tokens and SnakeYAML does not. check-yaml's
 * ruamel.yaml loads with libyaml (ruamel.yaml.clib, installed with ruamel.yaml before 0.19), whose
 * scanner skips tabs in flow context and wherever a simple key cannot start: after a key's {@code
 * :}, a quoted scalar, an anchor, alias or tag, a closing bracket, {@code ---}, and after a block
 * scalar's {@code |}/{@code >}. It rejects them, as SnakeYAML does, at the start of a line and
 * after {@code -}, {@code ?} and a complex key's {@code :}. SnakeYAML skips tabs only in flow
 * context and only after the spaces, so {@code queue:<TAB>} fails there with "found character '\t'
 * that cannot start any token".
 *
 * <p>{@link #relax} turns the blanks at such an error into spaces (same length, so every mark stays
 * where it was) when libyaml would have skipped them; the caller parses again. {@link
 * #relaxTrailing} does it beforehand, in one pass, for the common case: blanks that end a line
 * (trailing white space is never part of a value a key could be told apart by), so that a file with
 * many such lines is not parsed once per line.
 */
final class LibyamlTabs {
  private LibyamlTabs() {}

  /** {@code text} with every line-ending run of blanks that libyaml would skip made spaces. */
  static String relaxTrailing(String text) {
    if (text.indexOf('\t') < 0) {
      return text;
    }
    StringBuilder out = null;
    int i = 0;
    while ((i = text.indexOf('\t', i)) >= 0) {
      int start = i;
      while (start > 0 && isBlank(text.charAt(start - 1))) {
        start--;
      }
      int end = i;
      while (end < text.length() && isBlank(text.charAt(end))) {
        end++;
      }
      boolean endsLine =
          end == text.length() || text.charAt(end) == '\n' || text.charAt(end) == '\r';
      if (endsLine && !simpleKeyAllowed(text, start)) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        for (int k = start; k < end; k++) {
          out.setCharAt(k, ' ');
        }
      }
      i = end;
    }
    return out == null ? text : out.toString();
  }

  /**
   * {@code text} with the run of blanks at {@code e}'s problem made spaces, or null when libyaml
   * rejects that tab too (or the error is not about a tab).
   */
  static String relax(String text, MarkedYAMLException e) {
    Mark mark = e.getProblemMark();
    String problem = e.getProblem();
    if (mark == null || problem == null) {
      return null;
    }
    int at;
    try {
      at = text.offsetByCodePoints(0, mark.getIndex());
    } catch (IndexOutOfBoundsException outside) {
      return null;
    }
    if (at >= text.length()) {
      return null;
    }
    char c = text.charAt(at);
    boolean skippable;
    if (problem.contains("that cannot start any token")) {
      // A space fails only in flow context, after tabs SnakeYAML skipped; a tab only in block
      // context, where libyaml skips it unless a simple key may start there.
      skippable = c == ' ' || c == '\t' && !simpleKeyAllowed(text, at);
    } else if ("while scanning a block scalar".equals(e.getContext())) {
      // After a block scalar's indicators libyaml eats blanks, tabs included, to the comment.
      skippable =
          c == '\t'
              && (problem.startsWith("expected a comment or a line break")
                  || problem.startsWith("expected chomping or indentation indicators"));
    } else {
      // A tag ends at any blank in libyaml, at a space in SnakeYAML.
      skippable =
          c == '\t'
              && "while scanning a tag".equals(e.getContext())
              && problem.startsWith("expected ' ', but found");
    }
    return skippable ? spaces(text, at) : null;
  }

  /** True when a simple key may start at {@code at} in block context: libyaml keeps tabs out. */
  private static boolean simpleKeyAllowed(String text, int at) {
    int lineStart = at;
    while (lineStart > 0
        && text.charAt(lineStart - 1) != '\n'
        && text.charAt(lineStart - 1) != '\r') {
      lineStart--;
    }
    int before = at - 1;
    while (before >= lineStart && isBlank(text.charAt(before))) {
      before--;
    }
    if (before < lineStart) {
      return true; // the start of a line
    }
    char previous = text.charAt(before);
    if (previous == '-' && !(before == lineStart + 2 && text.startsWith("---", lineStart))
        || previous == '?') {
      return true; // a block entry or a complex key, not a document start
    }
    if (previous == ':') {
      // A ':' alone at the start of its line ends a complex key; after it a simple key may start.
      int first = lineStart;
      while (first < before && isBlank(text.charAt(first))) {
        first++;
      }
      return first == before;
    }
    return false;
  }

  /** {@code text} with the blanks around {@code at} made spaces; null when none is a tab. */
  private static String spaces(String text, int at) {
    int start = at;
    while (start > 0 && isBlank(text.charAt(start - 1))) {
      start--;
    }
    int end = at;
    while (end < text.length() && isBlank(text.charAt(end))) {
      end++;
    }
    if (text.substring(start, end).indexOf('\t') < 0) {
      return null;
    }
    return text.substring(0, start) + " ".repeat(end - start) + text.substring(end);
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}
