package dev.precommit.hooks.builtin;

import dev.precommit.hooks.ArgumentParser;
import dev.precommit.hooks.CheckAbortedException;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckInfo;
import dev.precommit.hooks.ContentCheck;
import dev.precommit.hooks.FileCheck;
import dev.precommit.hooks.FileVerdict;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sort-simple-yaml}: sorts the blank-line-separated top-level blocks of a simple YAML file
 * by their first key, keeping the leading comment block on top. Lines are compared after Python's
 * {@code rstrip()}, so trailing whitespace alone never triggers a rewrite.
 */
public final class SortSimpleYaml implements ContentCheck {

  @Override
  public CheckInfo info() {
    return Manifest.files(
        "sort-simple-yaml",
        "sort simple yaml files",
        "sorts simple yaml files which consist only of top-level keys, preserving comments and"
            + " blocks.",
        "^$",
        true);
  }

  @Override
  public FileCheck prepare(List<String> args, CheckContext context) throws CheckAbortedException {
    new ArgumentParser("sort-simple-yaml").parse(args).requireNoPositionals();
    return FileCheck.mayCrash(
        (path, content) -> {
          String text;
          try {
            text = PythonText.readText(content);
          } catch (PythonText.DecodeException e) {
            // The script dies here, leaving the rest of its batch as it is.
            return FileVerdict.crash(path + ": UnicodeDecodeError: " + e.getMessage() + "\n");
          }
          List<String> lines = new ArrayList<>();
          for (String line : PythonText.splitLinesOnNewline(text)) {
            lines.add(PythonText.rstrip(line));
          }
          List<String> sorted = sort(lines);
          if (sorted.equals(lines)) {
            return FileVerdict.ok();
          }
          byte[] out = (String.join("\n", sorted) + "\n").getBytes(StandardCharsets.UTF_8);
          return FileVerdict.fixed(out, "Fixing file `" + path + "`\n");
        });
  }

  static List<String> sort(List<String> input) {
    List<String> lines = new ArrayList<>(input);
    List<String> result = new ArrayList<>();
    while (!lines.isEmpty() && !lines.get(0).isEmpty() && lines.get(0).startsWith("#")) {
      result.add(lines.remove(0));
    }
    List<List<String>> blocks = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      if (lines.get(i).isEmpty()) {
        i++;
        continue;
      }
      List<String> block = new ArrayList<>();
      while (i < lines.size() && !lines.get(i).isEmpty()) {
        block.add(lines.get(i++));
      }
      blocks.add(block);
    }
    blocks.sort((a, b) -> PythonText.compareCodePoints(firstKey(a), firstKey(b)));
    for (List<String> block : blocks) {
      if (!result.isEmpty()) {
        result.add("");
      }
      result.addAll(block);
    }
    return result;
  }

  private static String firstKey(List<String> block) {
    for (String line : block) {
      if (line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("'") || line.startsWith("\"")) {
        return line.substring(1);
      }
      return line;
    }
    return "";
  }
}
