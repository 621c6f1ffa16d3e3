package dev.precommit.hooks.builtin;

import dev.precommit.hooks.CheckResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The command line of a pre-commit-hooks script, parsed the way Python's {@code argparse} parses
 * it: long options by unique prefix, {@code --opt=value}, {@code -xvalue}, {@code --}, and on a bad
 * argument the same usage block and {@code prog: error: …} line with exit code 2. A config that
 * passes {@code args} a script rejects must be rejected here with the same words, so users who
 * switch engines see no difference.
 */
final class ArgparseSpec {
  private static final int USAGE_WIDTH = 78;

  private enum Kind {
    FLAG,
    VALUE,
    APPEND
  }

  private record Option(Kind kind, List<String> names, String dest) {
    String displayName() {
      return String.join("/", names);
    }

    String usage() {
      String first = names.get(0);
      return kind == Kind.FLAG ? "[" + first + "]" : "[" + first + " " + dest.toUpperCase() + "]";
    }
  }

  private final String prog;
  private final boolean positionals;
  private final List<Option> options = new ArrayList<>();

  private ArgparseSpec(String prog, boolean positionals) {
    this.prog = prog;
    this.positionals = positionals;
  }

  /** A parser for {@code prog} that takes {@code filenames ...} after its options. */
  static ArgparseSpec withFilenames(String prog) {
    return new ArgparseSpec(prog, true);
  }

  /** A parser for {@code prog} that takes no positional arguments. */
  static ArgparseSpec withoutFilenames(String prog) {
    return new ArgparseSpec(prog, false);
  }

  /** A {@code store_true} option. */
  ArgparseSpec flag(String... names) {
    options.add(new Option(Kind.FLAG, List.of(names), dest(names)));
    return this;
  }

  /** An option with one value; the last one given wins. */
  ArgparseSpec value(String... names) {
    options.add(new Option(Kind.VALUE, List.of(names), dest(names)));
    return this;
  }

  /** An option with one value that may be given many times ({@code action='append'}). */
  ArgparseSpec append(String... names) {
    options.add(new Option(Kind.APPEND, List.of(names), dest(names)));
    return this;
  }

  private static String dest(String[] names) {
    for (String name : names) {
      if (name.startsWith("--")) {
        return name.substring(2).replace('-', '_');
      }
    }
    return names[0].substring(1);
  }

  /** The usage block argparse prints, wrapped at 78 columns as argparse does on a pipe. */
  String usage() {
    List<String> optionParts = new ArrayList<>();
    optionParts.add("[-h]");
    for (Option option : options) {
      optionParts.add(option.usage());
    }
    List<String> positionalParts = positionals ? List.of("[filenames ...]") : List.of();
    String prefix = "usage: ";
    List<String> all = new ArrayList<>(optionParts);
    all.addAll(positionalParts);
    String oneLine = prog + " " + String.join(" ", all);
    if (prefix.length() + oneLine.length() <= USAGE_WIDTH) {
      return prefix + oneLine + "\n";
    }
    String indent = " ".repeat(prefix.length() + prog.length() + 1);
    List<String> parts = new ArrayList<>();
    parts.add(prog);
    parts.addAll(optionParts);
    List<String> lines = wrap(parts, indent, prefix);
    lines.addAll(wrap(positionalParts, indent, null));
    return prefix + String.join("\n", lines) + "\n";
  }

  private static List<String> wrap(List<String> parts, String indent, String prefix) {
    List<String> lines = new ArrayList<>();
    List<String> line = new ArrayList<>();
    int lineLength = prefix != null ? prefix.length() - 1 : indent.length() - 1;
    for (String part : parts) {
      if (lineLength + 1 + part.length() > USAGE_WIDTH && !line.isEmpty()) {
        lines.add(indent + String.join(" ", line));
        line.clear();
        lineLength = indent.length() - 1;
      }
      line.add(part);
      lineLength += part.length() + 1;
    }
    if (!line.isEmpty()) {
      lines.add(indent + String.join(" ", line));
    }
    if (prefix != null && !lines.isEmpty()) {
      lines.set(0, lines.get(0).substring(indent.length()));
    }
    return lines;
  }

  /**
   * Parses {@code args}.
   *
   * @throws UsageError with argparse's message when an argument is wrong, or for {@code -h}
   */
  Parsed parse(List<String> args) throws UsageError {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (Option option : options) {
      values.put(option.dest(), new ArrayList<>());
    }
    List<String> rest = new ArrayList<>();
    List<String> unrecognized = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--")) {
        rest.addAll(args.subList(i + 1, args.size()));
        break;
      }
      if (!looksLikeOption(arg)) {
        rest.add(arg);
        continue;
      }
      if (arg.equals("-h") || isPrefixOf(arg, "--help")) {
        throw new UsageError(usage(), 0);
      }
      String name = arg;
      String explicit = null;
      Option option;
      if (arg.startsWith("--")) {
        int eq = arg.indexOf('=');
        if (eq >= 0) {
          name = arg.substring(0, eq);
          explicit = arg.substring(eq + 1);
        }
        option = findLong(name).orElse(null);
      } else {
        option = findShort(arg.substring(0, 2)).orElse(null);
        name = arg.substring(0, 2);
        if (arg.length() > 2) {
          explicit = arg.startsWith("=", 2) ? arg.substring(3) : arg.substring(2);
        }
        if (option != null && option.kind() == Kind.FLAG && explicit != null) {
          option = null; // argparse would try to read the rest as more short flags; none exist
        }
      }
      if (option == null) {
        unrecognized.add(arg);
        continue;
      }
      if (option.kind() == Kind.FLAG) {
        if (explicit != null) {
          throw error(
              "argument "
                  + option.displayName()
                  + ": ignored explicit argument "
                  + pythonRepr(explicit));
        }
        values.get(option.dest()).add("true");
        continue;
      }
      String value = explicit;
      if (value == null) {
        if (i + 1 >= args.size() || looksLikeOption(args.get(i + 1))) {
          throw error("argument " + option.displayName() + ": expected one argument");
        }
        value = args.get(++i);
      }
      values.get(option.dest()).add(value);
    }
    if (!positionals && !rest.isEmpty()) {
      unrecognized.addAll(rest);
      rest.clear();
    }
    if (!unrecognized.isEmpty()) {
      throw error("unrecognized arguments: " + String.join(" ", unrecognized));
    }
    return new Parsed(values, rest);
  }

  /** argparse treats {@code -5} as a value, not an option, when no option looks like a number. */
  private static boolean looksLikeOption(String arg) {
    if (!arg.startsWith("-") || arg.equals("-")) {
      return false;
    }
    return !arg.matches("-\\d+$|-\\d*\\.\\d+$");
  }

  private static boolean isPrefixOf(String arg, String name) {
    String bare = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
    return bare.length() > 2 && name.startsWith(bare);
  }

  private Optional<Option> findLong(String name) throws UsageError {
    for (Option option : options) {
      if (option.names().contains(name)) {
        return Optional.of(option);
      }
    }
    List<Option> matches = new ArrayList<>();
    List<String> matchNames = new ArrayList<>();
    for (Option option : options) {
      for (String candidate : option.names()) {
        if (candidate.startsWith("--") && candidate.startsWith(name)) {
          matches.add(option);
          matchNames.add(candidate);
        }
      }
    }
    if (matches.size() > 1) {
      throw error("ambiguous option: " + name + " could match " + String.join(", ", matchNames));
    }
    return matches.stream().findFirst();
  }

  private Optional<Option> findShort(String name) {
    return options.stream().filter(o -> o.names().contains(name)).findFirst();
  }

  /** An argparse error: the usage block and the {@code prog: error:} line. */
  UsageError error(String message) {
    return new UsageError(usage() + prog + ": error: " + message + "\n", 2);
  }

  /** Python's {@code repr} of a str, for the quotes argparse puts around a bad value. */
  static String pythonRepr(String value) {
    boolean single = value.contains("'") && !value.contains("\"");
    char quote = single ? '"' : '\'';
    StringBuilder out = new StringBuilder().append(quote);
    for (char c : value.toCharArray()) {
      if (c == '\\') {
        out.append("\\\\");
      } else if (c == quote) {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\x%02x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append(quote).toString();
  }

  /** Python's {@code int(str)}: surrounding whitespace, a sign and digit-separating underscores. */
  static int pythonInt(String text) throws NumberFormatException {
    String s = text.strip();
    if (!s.matches("[+-]?\\d+(_\\d+)*")) {
      throw new NumberFormatException(text);
    }
    return Integer.parseInt(s.replace("_", ""));
  }

  /** The parsed arguments. */
  static final class Parsed {
    private final Map<String, List<String>> values;
    private final List<String> positionals;

    private Parsed(Map<String, List<String>> values, List<String> positionals) {
      this.values = values;
      this.positionals = List.copyOf(positionals);
    }

    boolean flag(String dest) {
      return !values.get(dest).isEmpty();
    }

    Optional<String> value(String dest) {
      List<String> all = values.get(dest);
      return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    List<String> values(String dest) {
      return List.copyOf(values.get(dest));
    }

    /**
     * The filenames the script would see: pre-commit puts {@code args} before the files, so a
     * positional entry in {@code args} is one more filename.
     */
    List<String> filenames(List<String> files) {
      if (positionals.isEmpty()) {
        return files;
      }
      List<String> all = new ArrayList<>(positionals);
      all.addAll(files);
      return all;
    }
  }

  /** What argparse prints before it exits: the text and the exit code (2, or 0 for help). */
  static final class UsageError extends Exception {
    private static final long serialVersionUID = 1L;
    private final String text;
    private final int exitCode;

    UsageError(String text, int exitCode) {
      super(text, null, false, false);
      this.text = text;
      this.exitCode = exitCode;
    }

    String text() {
      return text;
    }

    int exitCode() {
      return exitCode;
    }

    /** The check's result: what the script would have printed, and its exit code. */
    CheckResult toResult() {
      return new CheckResult(exitCode, text.getBytes(StandardCharsets.UTF_8), Set.of());
    }
  }
}
