package dev.precommit.select;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the command of a script's {@code #!} line the way identify does, because pre-commit uses it
 * twice: to tag extension-less executables ({@code shell}, {@code python}, …) and to run scripts
 * through their interpreter. Its quirks are kept: the line must be printable ASCII, it is split
 * like a POSIX shell would (falling back to plain whitespace when quotes do not close), a leading
 * {@code /usr/bin/env} or {@code /usr/bin/env -S} is dropped, and {@code nix-shell} scripts take
 * the interpreter from the last {@code -i} of the following {@code #!} lines.
 */
public final class Shebang {
  private Shebang() {}

  /**
   * The shebang command of {@code file}, or an empty list when it has none or is not executable.
   *
   * @throws NoSuchFileException when nothing is at {@code file}
   */
  public static List<String> fromFile(Path file) throws IOException {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new NoSuchFileException(file.toString());
    }
    if (!Files.isExecutable(file) || Files.isDirectory(file)) {
      return List.of();
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return parse(in);
    }
  }

  /** The shebang command at the start of {@code in}, or an empty list. */
  public static List<String> parse(InputStream in) throws IOException {
    if (!startsLine(in)) {
      return List.of();
    }
    String line = printableLine(in);
    if (line == null) {
      return List.of();
    }
    List<String> command = split(line.strip());
    if (command.size() >= 2
        && command.get(0).equals("/usr/bin/env")
        && command.get(1).equals("-S")) {
      command = command.subList(2, command.size());
    } else if (!command.isEmpty() && command.get(0).equals("/usr/bin/env")) {
      command = command.subList(1, command.size());
    }
    if (command.equals(List.of("nix-shell"))) {
      return nixShell(in, command);
    }
    return List.copyOf(command);
  }

  /** nix-shell scripts name the real interpreter with {@code -i} on the next #! lines. */
  private static List<String> nixShell(InputStream in, List<String> command) throws IOException {
    while (startsLine(in)) {
      String line = printableLine(in);
      if (line == null) {
        return command;
      }
      List<String> tokens = split(line.strip());
      for (int i = 0; i + 1 < tokens.size(); i++) {
        if (tokens.get(i).equals("-i")) {
          command = List.of(tokens.get(i + 1));
        }
      }
    }
    return command;
  }

  private static boolean startsLine(InputStream in) throws IOException {
    return in.read() == '#' && in.read() == '!';
  }

  /** The rest of the line, newline included, or null when any byte is not printable ASCII. */
  private static String printableLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean printable = true;
    for (int b = in.read(); b != -1; b = in.read()) {
      printable &= (b >= 0x20 && b <= 0x7e) || (b >= 0x09 && b <= 0x0d);
      line.write(b);
      if (b == '\n') {
        break;
      }
    }
    return printable ? line.toString(StandardCharsets.US_ASCII) : null;
  }

  /** POSIX shell-like splitting, or whitespace splitting when quoting is unbalanced. */
  static List<String> split(String line) {
    List<String> words = shellSplit(line);
    return words != null ? words : whitespaceSplit(line);
  }

  private static List<String> whitespaceSplit(String line) {
    List<String> words = new ArrayList<>();
    for (String word : line.split("[ \\t\\n\\r\\x0b\\f]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /**
   * Python's {@code shlex.split} (POSIX mode, no comments): blanks are space, tab, CR and LF;
   * backslash escapes any character outside quotes and only {@code "} and {@code \} inside double
   * quotes; quoted parts join the word around them. Returns null where shlex raises.
   */
  private static List<String> shellSplit(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i++);
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else if (c == '\\') {
        if (i == line.length()) {
          return null;
        }
        word.append(line.charAt(i++));
        inWord = true;
      } else if (c == '\'') {
        int end = line.indexOf('\'', i);
        if (end < 0) {
          return null;
        }
        word.append(line, i, end);
        i = end + 1;
        inWord = true;
      } else if (c == '"') {
        while (true) {
          if (i == line.length()) {
            return null;
          }
          char q = line.charAt(i++);
          if (q == '"') {
            break;
          }
          if (q == '\\') {
            if (i == line.length()) {
              return null;
            }
            char next = line.charAt(i++);
            if (next != '"' && next != '\\') {
              word.append('\\');
            }
            word.append(next);
          } else {
            word.append(q);
          }
        }
        inWord = true;
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }
}
