package dev.precommit.hooks.builtin;

import dev.precommit.hooks.ArgumentParser;
import dev.precommit.hooks.CheckAbortedException;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckInfo;
import dev.precommit.hooks.ContentCheck;
import dev.precommit.hooks.FileCheck;
import dev.precommit.hooks.FileVerdict;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code file-contents-sorter}: sorts a file's lines as bytes, dropping blank lines and ending
 * every line with {@code \n}; {@code --ignore-case} folds ASCII case for the order, {@code
 * --unique} drops repeated lines (the two are mutually exclusive).
 */
public final class FileContentsSorter implements ContentCheck {

  @Override
  public CheckInfo info() {
    return Manifest.files(
        "file-contents-sorter",
        "file contents sorter",
        "sorts the lines in specified files (defaults to alphabetical). you must provide list of"
            + " target files as input in your .pre-commit-config.yaml file.",
        "^$",
        true);
  }

  @Override
  public FileCheck prepare(List<String> args, CheckContext context) throws CheckAbortedException {
    ArgumentParser parser =
        new ArgumentParser("file-contents-sorter", "filenames [filenames ...]")
            .flag("ignore_case", "--ignore-case")
            .flag("unique", "--unique")
            .exclusive("ignore_case", "unique");
    ArgumentParser.Parsed parsed = parser.parse(args).requireNoPositionals();
    boolean ignoreCase = parsed.flag("ignore_case");
    boolean unique = parsed.flag("unique");
    Comparator<byte[]> order =
        ignoreCase ? (a, b) -> Bytes.compare(Bytes.lower(a), Bytes.lower(b)) : Bytes::compare;
    return new FileCheck() {
      @Override
      public FileVerdict check(String path, byte[] content) {
        return sort(path, content, unique, order);
      }

      @Override
      public CheckAbortedException noFilesError() {
        return parser.missingFilenames();
      }
    };
  }

  private static FileVerdict sort(
      String path, byte[] content, boolean unique, Comparator<byte[]> order) {
    List<byte[]> lines = new ArrayList<>();
    for (byte[] line : PythonText.byteLines(content)) {
      if (PythonText.isBlank(line)) {
        continue;
      }
      int end = line.length;
      while (end > 0 && (line[end - 1] == '\n' || line[end - 1] == '\r')) {
        end--;
      }
      lines.add(Arrays.copyOf(line, end));
    }
    if (unique) {
      TreeSet<byte[]> set = new TreeSet<>(Bytes::compare);
      set.addAll(lines);
      lines = new ArrayList<>(set);
    }
    lines.sort(order);
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
    for (byte[] line : lines) {
      out.writeBytes(line);
      out.write('\n');
    }
    byte[] after = out.toByteArray();
    return Arrays.equals(after, content)
        ? FileVerdict.ok()
        : FileVerdict.fixed(after, "Sorting " + path + "\n");
  }
}
