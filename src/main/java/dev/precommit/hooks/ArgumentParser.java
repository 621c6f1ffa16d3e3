package dev.precommit.hooks;

import dev.precommit.config.PythonRepr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses a built-in check's {@code args} the way Python's argparse parses the script's command
 * line: {@code --opt=value} and {@code --opt value}, {@code -fvalue}, unambiguous prefixes of long
 * options, {@code choices}, repeated options, mutually exclusive pairs, {@code --}, and its
 * corners: any prefix of {@code --help} (even with {@code =value}) asks for help, a flag's
 * unexpected value is quoted as Python's {@code repr} quotes it, and {@code -5.} is an option, not
 * a number (Python 3.11's argparse, as pre-commit-hooks' scripts run it). Errors become a {@link
 * CheckAbortedException} with a usage line and exit code 2.
 */
public final class ArgumentParser {
  private enum Kind {
    FLAG,
    STORE,
    APPEND
  }

  private record Option(
      List<String> names,
      String dest,
      Kind kind,
      List<String> choices,
      Object defaultValue,
      String metavar,
      boolean hidden) {
    Option(List<String> names, String dest, Kind kind, List<String> choices, Object defaultValue) {
      this(
          names, dest, kind, choices, defaultValue, dest.toUpperCase(java.util.Locale.ROOT), false);
    }

    String display() {
      return String.join("/", names);
    }

    /** How the usage line shows it, without brackets. */
    String usage() {
      if (kind == Kind.FLAG) {
        return names.get(0);
      }
      return names.get(0)
          + " "
          + (choices.isEmpty() ? metavar : "{" + String.join(",", choices) + "}");
    }
  }

  /** argparse's help width: the fallback terminal of 80 columns, less 2. */
  private static final int TEXT_WIDTH = 78;

  private final String prog;
  private final String positional;
  private final List<Option> options = new ArrayList<>();
  private final List<String[]> exclusive = new ArrayList<>();
  private boolean positionalsAllowed = true;

  /**
   * @param prog the script's name, as argparse prints it
   * @param positional how the usage line shows the file names ({@code [filenames ...]})
   */
  public ArgumentParser(String prog, String positional) {
    this.prog = prog;
    this.positional = positional;
  }

  public ArgumentParser(String prog) {
    this(prog, "[filenames ...]");
  }

  /**
   * A parser for a script that takes no positional arguments: argparse reports any it is given
   * among the unrecognized arguments, after the unrecognized options.
   */
  public static ArgumentParser optionsOnly(String prog) {
    ArgumentParser parser = new ArgumentParser(prog, "");
    parser.positionalsAllowed = false;
    return parser;
  }

  /** A {@code store_true} option. */
  public ArgumentParser flag(String dest, String... names) {
    options.add(new Option(List.of(names), dest, Kind.FLAG, List.of(), Boolean.FALSE));
    return this;
  }

  /** An option with one value ({@code null} when absent unless {@code defaultValue} is given). */
  public ArgumentParser value(String dest, String defaultValue, String... names) {
    options.add(new Option(List.of(names), dest, Kind.STORE, List.of(), defaultValue));
    return this;
  }

  /** An option with one value out of {@code choices}. */
  public ArgumentParser choice(
      String dest, String defaultValue, List<String> choices, String... names) {
    options.add(new Option(List.of(names), dest, Kind.STORE, List.copyOf(choices), defaultValue));
    return this;
  }

  /** An {@code append} option: every occurrence adds one value after {@code defaults}. */
  public ArgumentParser append(String dest, List<String> defaults, String... names) {
    options.add(new Option(List.of(names), dest, Kind.APPEND, List.of(), List.copyOf(defaults)));
    return this;
  }

  /** Shows the last option added with {@code metavar} in the usage line. */
  public ArgumentParser metavar(String metavar) {
    Option o = options.remove(options.size() - 1);
    options.add(
        new Option(
            o.names(), o.dest(), o.kind(), o.choices(), o.defaultValue(), metavar, o.hidden()));
    return this;
  }

  /** Leaves the last option added out of the usage line ({@code help=argparse.SUPPRESS}). */
  public ArgumentParser hidden() {
    Option o = options.remove(options.size() - 1);
    options.add(
        new Option(
            o.names(), o.dest(), o.kind(), o.choices(), o.defaultValue(), o.metavar(), true));
    return this;
  }

  /**
   * Makes options (by dest) mutually exclusive: argparse's {@code add_mutually_exclusive_group}.
   */
  public ArgumentParser exclusive(String... dests) {
    exclusive.add(dests.clone());
    return this;
  }

  /** The exclusive group {@code dest} belongs to, or null. */
  private String[] groupOf(String dest) {
    for (String[] group : exclusive) {
      if (List.of(group).contains(dest)) {
        return group;
      }
    }
    return null;
  }

  /** The usage text argparse would print, wrapped as argparse wraps it at 80 columns. */
  public String usage() {
    List<String> optParts = new ArrayList<>();
    optParts.add("[-h]");
    for (Option o : options) {
      if (o.hidden()) {
        continue;
      }
      String[] group = groupOf(o.dest());
      if (group == null) {
        optParts.add("[" + o.usage() + "]");
      } else if (group[0].equals(o.dest())) {
        List<String> members = new ArrayList<>();
        for (String dest : group) {
          options.stream()
              .filter(p -> p.dest().equals(dest))
              .findFirst()
              .ifPresent(p -> members.add(p.usage()));
        }
        optParts.add("[" + String.join(" | ", members) + "]");
      }
    }
    List<String> posParts = new ArrayList<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\\[.*?\\]+(?=\\s|$)|\\S+").matcher(positional);
    while (m.find()) {
      posParts.add(m.group());
    }
    String prefix = "usage: ";
    List<String> all = new ArrayList<>(optParts);
    all.addAll(posParts);
    String oneLine = prog + " " + String.join(" ", all);
    if (prefix.length() + oneLine.length() <= TEXT_WIDTH) {
      return prefix + oneLine.strip();
    }
    String indent = " ".repeat(prefix.length() + prog.length() + 1);
    List<String> first = new ArrayList<>();
    first.add(prog);
    first.addAll(optParts);
    List<String> lines = lines(first, indent, prefix);
    lines.addAll(lines(posParts, indent, null));
    return prefix + String.join("\n", lines);
  }

  private static List<String> lines(List<String> parts, String indent, String prefix) {
    List<String> lines = new ArrayList<>();
    List<String> line = new ArrayList<>();
    int lineLength = prefix != null ? prefix.length() - 1 : indent.length() - 1;
    for (String part : parts) {
      if (lineLength + 1 + part.length() > TEXT_WIDTH && !line.isEmpty()) {
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

  /** argparse's error for a missing required positional, {@code filenames}. */
  public CheckAbortedException missingFilenames() {
    return error("the following arguments are required: filenames");
  }

  /** An argparse error for this parser. */
  public CheckAbortedException error(String message) {
    return CheckAbortedException.usage(usage(), prog, message);
  }

  /** What the arguments say. */
  public final class Parsed {
    private final Map<String, Object> values;
    private final List<String> positionals;

    private Parsed(Map<String, Object> values, List<String> positionals) {
      this.values = values;
      this.positionals = positionals;
    }

    public boolean flag(String dest) {
      return (Boolean) values.get(dest);
    }

    public Optional<String> value(String dest) {
      return Optional.ofNullable((String) values.get(dest));
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String dest) {
      return (List<String>) values.get(dest);
    }

    /**
     * The option's value read with Python's {@code int()} (surrounding whitespace, a sign, digits
     * separated by underscores), or {@code absent} when it was not given; argparse's {@code
     * type=int} error otherwise.
     */
    public int integer(String dest, int absent) throws CheckAbortedException {
      String text = (String) values.get(dest);
      if (text == null) {
        return absent;
      }
      String s = text.strip();
      try {
        if (!s.matches("[+-]?\\d+(_\\d+)*")) {
          throw new NumberFormatException(text);
        }
        return Integer.parseInt(s.replace("_", ""));
      } catch (NumberFormatException e) {
        Option option =
            options.stream().filter(o -> o.dest().equals(dest)).findFirst().orElseThrow();
        throw error(
            "argument " + option.display() + ": invalid int value: " + PythonRepr.string(text));
      }
    }

    /**
     * The file names the script would see: pre-commit puts {@code args} before the files, so a
     * positional entry in {@code args} is one more file name.
     */
    public List<String> filenames(List<String> files) {
      if (positionals.isEmpty()) {
        return files;
      }
      List<String> all = new ArrayList<>(positionals);
      all.addAll(files);
      return all;
    }

    /** Arguments that are not options: argparse would take them as more file names. */
    public List<String> positionals() {
      return positionals;
    }

    /** Fails the way a script that takes only options would for positional arguments. */
    public Parsed requireNoPositionals() throws CheckAbortedException {
      if (!positionals.isEmpty()) {
        throw error(
            "file names in args are not supported by the built-in hook: "
                + String.join(" ", positionals));
      }
      return this;
    }
  }

  /** Parses {@code args}. */
  public Parsed parse(List<String> args) throws CheckAbortedException {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Option o : options) {
      values.put(
          o.dest(),
          o.kind() == Kind.APPEND ? new ArrayList<>((List<?>) o.defaultValue()) : o.defaultValue());
    }
    Map<String, Option> seen = new LinkedHashMap<>();
    List<String> positionals = new ArrayList<>();
    List<String> unrecognized = new ArrayList<>();
    boolean onlyPositionals = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (onlyPositionals || !looksLikeOption(arg)) {
        positionals.add(arg);
        continue;
      }
      if (arg.equals("--")) {
        onlyPositionals = true;
        continue;
      }
      if (arg.equals("-h") || arg.equals("--help") || isHelpPrefix(arg)) {
        throw new CheckAbortedException(0, usage() + "\n");
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
        option = findLong(name, arg);
      } else {
        option = findExact(arg);
        if (option == null) {
          Option shortOpt = findExact(arg.substring(0, 2));
          if (shortOpt != null) {
            option = shortOpt;
            name = arg.substring(0, 2);
            explicit = arg.substring(2);
            if (explicit.startsWith("=")) {
              explicit = explicit.substring(1);
            }
            if (option.kind() == Kind.FLAG) {
              // -mX: argparse would read X as more single-dash flags; we support the plain form.
              throw error(
                  "argument "
                      + option.display()
                      + ": ignored explicit argument '"
                      + explicit
                      + "'");
            }
          }
        }
      }
      if (option == null) {
        unrecognized.add(arg);
        continue;
      }
      String[] group = groupOf(option.dest());
      if (group != null) {
        for (String dest : group) {
          Option other = seen.get(dest);
          if (!dest.equals(option.dest()) && other != null) {
            throw error(
                "argument " + option.display() + ": not allowed with argument " + other.display());
          }
        }
      }
      seen.put(option.dest(), option);
      if (option.kind() == Kind.FLAG) {
        if (explicit != null) {
          throw error(
              "argument "
                  + option.display()
                  + ": ignored explicit argument "
                  + PythonRepr.string(explicit));
        }
        values.put(option.dest(), Boolean.TRUE);
        continue;
      }
      String value = explicit;
      if (value == null) {
        if (i + 1 >= args.size() || looksLikeOption(args.get(i + 1))) {
          throw error("argument " + option.display() + ": expected one argument");
        }
        value = args.get(++i);
      }
      if (!option.choices().isEmpty() && !option.choices().contains(value)) {
        StringBuilder choices = new StringBuilder();
        for (String c : option.choices()) {
          choices.append(choices.length() == 0 ? "" : ", ").append('\'').append(c).append('\'');
        }
        throw error(
            "argument "
                + option.display()
                + ": invalid choice: '"
                + value
                + "' (choose from "
                + choices
                + ")");
      }
      if (option.kind() == Kind.APPEND) {
        @SuppressWarnings("unchecked")
        List<String> list = (List<String>) values.get(option.dest());
        list.add(value);
      } else {
        values.put(option.dest(), value);
      }
    }
    if (!positionalsAllowed) {
      unrecognized.addAll(positionals);
      positionals.clear();
    }
    if (!unrecognized.isEmpty()) {
      throw error("unrecognized arguments: " + String.join(" ", unrecognized));
    }
    return new Parsed(values, List.copyOf(positionals));
  }

  private boolean looksLikeOption(String arg) {
    return arg.length() > 1 && arg.charAt(0) == '-' && !arg.matches("-\\d+|-\\d*\\.\\d+");
  }

  /** {@code --h}, {@code --he}, ... {@code --help}, with or without {@code =value}. */
  private static boolean isHelpPrefix(String arg) {
    int eq = arg.indexOf('=');
    String name = eq < 0 ? arg : arg.substring(0, eq);
    return name.length() > 2 && "--help".startsWith(name);
  }

  private Option findExact(String name) {
    for (Option o : options) {
      if (o.names().contains(name)) {
        return o;
      }
    }
    return null;
  }

  private Option findLong(String name, String arg) throws CheckAbortedException {
    Option exact = findExact(name);
    if (exact != null) {
      return exact;
    }
    List<String> matches = new ArrayList<>();
    Option match = null;
    for (Option o : options) {
      for (String n : o.names()) {
        if (n.startsWith("--") && n.startsWith(name)) {
          matches.add(n);
          match = o;
        }
      }
    }
    if ("--help".startsWith(name)) {
      matches.add("--help");
    }
    if (matches.size() > 1) {
      throw error("ambiguous option: " + name + " could match " + String.join(", ", matches));
    }
    return matches.size() == 1 && match != null ? match : null;
  }
}
