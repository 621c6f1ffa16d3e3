package dev.precommit.repo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Rewrites the {@code rev:} lines of a config in place, line by line, so comments, indentation,
 * quoting and everything else in the file stay as the user wrote them: pre-commit's autoupdate
 * contract. {@code --freeze} adds {@code # frozen: <tag>}; a stale frozen comment is dropped.
 */
final class RevLines {
  static final Pattern REV_LINE =
      Pattern.compile("^(\\s+)rev:(\\s*)(['\"]?)([^\\s#]+)(.*?)(\\r?\\n)?$");

  private RevLines() {}

  /** How many {@code rev:} lines {@code text} has. */
  static int count(String text) {
    return (int) lines(text).stream().filter(l -> REV_LINE.matcher(l).matches()).count();
  }

  /**
   * {@code text} with the n-th {@code rev:} line set to the n-th update; a null update leaves its
   * line alone. The caller checks that there is one line per remote repository.
   */
  static String rewrite(String text, List<RevInfo> updates) {
    List<String> lines = lines(text);
    StringBuilder out = new StringBuilder();
    int index = 0;
    for (String line : lines) {
      Matcher m = REV_LINE.matcher(line);
      if (!m.matches()) {
        out.append(line);
        continue;
      }
      RevInfo update = index < updates.size() ? updates.get(index) : null;
      index++;
      if (update == null) {
        out.append(line);
        continue;
      }
      String comment;
      if (update.frozen() != null) {
        comment = "  # frozen: " + update.frozen();
      } else if (m.group(5).strip().startsWith("# frozen:")) {
        comment = "";
      } else {
        comment = m.group(5);
      }
      String newline = m.group(6) == null ? "" : m.group(6);
      out.append(m.group(1))
          .append("rev:")
          .append(m.group(2))
          .append(quoted(update.rev(), m.group(3)))
          .append(comment)
          .append(newline);
    }
    return out.toString();
  }

  /** The value in the line's quote style; plain values YAML would not read as a string get ''. */
  private static String quoted(String value, String quote) {
    if (quote.equals("'")) {
      return "'" + value.replace("'", "''") + "'";
    }
    if (quote.equals("\"")) {
      return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
    Tag tag = new Resolver().resolve(NodeId.scalar, value, true);
    return Tag.STR.equals(tag) ? value : "'" + value + "'";
  }

  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }
}
