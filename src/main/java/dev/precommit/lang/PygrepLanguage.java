package dev.precommit.lang;

import dev.precommit.process.ProcessResult;
import dev.precommit.repo.Hook;
import dev.precommit.select.PythonRegex;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.IntStream;

/**
 * {@code language: pygrep}: {@code entry} is a Python regex searched in each file, in-process. A
 * match is a problem: it prints {@code file:line:content} and fails. Options (in {@code args}):
 * {@code -i/--ignore-case}, {@code --multiline} (whole file, {@code re.MULTILINE | re.DOTALL}),
 * {@code --negate} (fail the files with no match). Like pre-commit, the pattern works on bytes: the
 * file is decoded as ISO-8859-1 so each byte is one char, the pattern's UTF-8 bytes likewise, and
 * character classes stay ASCII.
 */
public final class PygrepLanguage implements Language {

  /** The parsed options of one pygrep hook. */
  private record Options(boolean ignoreCase, boolean multiline, boolean negate) {}

  @Override
  public String name() {
    return "pygrep";
  }

  @Override
  public ProcessResult run(Hook hook, List<String> files, HookContext context) throws IOException {
    boolean ignoreCase = false;
    boolean multiline = false;
    boolean negate = false;
    for (String arg : hook.config().args()) {
      switch (arg) {
        case "-i", "--ignore-case" -> ignoreCase = true;
        case "--multiline" -> multiline = true;
        case "--negate" -> negate = true;
        default -> {
          return usageError("unrecognized arguments: " + arg);
        }
      }
    }
    Options options = new Options(ignoreCase, multiline, negate);
    Pattern pattern;
    try {
      pattern = compile(hook.config().entry(), options);
    } catch (PatternSyntaxException e) {
      String message =
          "hook `"
              + hook.id()
              + "` has an invalid regex `"
              + hook.config().entry()
              + "`: "
              + e.getDescription()
              + "\n";
      return new ProcessResult(1, message.getBytes(StandardCharsets.UTF_8));
    }
    byte[][] outputs = new byte[files.size()][];
    int[] codes = new int[files.size()];
    IOException[] failure = new IOException[1];
    IntStream.range(0, files.size())
        .parallel()
        .forEach(
            i -> {
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              try {
                byte[] content = Files.readAllBytes(context.root().resolve(files.get(i)));
                codes[i] = grep(pattern, options, files.get(i), content, out);
              } catch (IOException e) {
                failure[0] = e;
              }
              outputs[i] = out.toByteArray();
            });
    if (failure[0] != null) {
      throw failure[0];
    }
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    int code = 0;
    for (int i = 0; i < files.size(); i++) {
      all.writeBytes(outputs[i]);
      code |= codes[i];
    }
    return new ProcessResult(code, all.toByteArray());
  }

  private static Pattern compile(String regex, Options options) {
    String asBytes =
        new String(regex.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    int flags = Pattern.UNIX_LINES;
    if (options.ignoreCase()) {
      flags |= Pattern.CASE_INSENSITIVE;
    }
    if (options.multiline()) {
      flags |= Pattern.MULTILINE | Pattern.DOTALL;
    }
    return PythonRegex.compileBytes(asBytes, flags);
  }

  private static int grep(
      Pattern pattern, Options options, String file, byte[] bytes, ByteArrayOutputStream out) {
    String content = new String(bytes, StandardCharsets.ISO_8859_1);
    byte[] name = file.getBytes(StandardCharsets.UTF_8);
    if (options.multiline()) {
      Matcher m = pattern.matcher(content);
      boolean found = m.find();
      if (options.negate()) {
        return found ? 0 : printName(name, out);
      }
      if (!found) {
        return 0;
      }
      int lineNo = count(content, m.start());
      String[] lines = content.split("\n", -1);
      String matched = m.group();
      int firstBreak = matched.indexOf('\n');
      String shown = lines[lineNo] + (firstBreak < 0 ? "" : matched.substring(firstBreak));
      write(out, file + ":" + (lineNo + 1) + ":");
      out.writeBytes(shown.getBytes(StandardCharsets.ISO_8859_1));
      out.write('\n');
      return 1;
    }
    int code = 0;
    int lineNo = 0;
    int start = 0;
    while (start < content.length()) {
      int end = content.indexOf('\n', start);
      end = end < 0 ? content.length() : end + 1;
      String line = content.substring(start, end);
      lineNo++;
      if (pattern.matcher(line).find()) {
        if (options.negate()) {
          return 0;
        }
        code = 1;
        write(out, file + ":" + lineNo + ":");
        out.writeBytes(stripLineEnd(line).getBytes(StandardCharsets.ISO_8859_1));
        out.write('\n');
      }
      start = end;
    }
    return options.negate() ? printName(name, out) : code;
  }

  private static int printName(byte[] name, ByteArrayOutputStream out) {
    out.writeBytes(name);
    out.write('\n');
    return 1;
  }

  private static String stripLineEnd(String line) {
    int end = line.length();
    while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
      end--;
    }
    return line.substring(0, end);
  }

  private static int count(String content, int before) {
    int n = 0;
    for (int i = 0; i < before; i++) {
      if (content.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  private static ProcessResult usageError(String message) {
    String text =
        "usage: pygrep [-h] [-i] [--multiline] [--negate] PATTERN [FILES ...]\n"
            + "pygrep: error: "
            + message
            + "\n";
    return new ProcessResult(2, text.getBytes(StandardCharsets.UTF_8));
  }
}
