package dev.precommit.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fenced code blocks of one section of a Markdown file, in order: what a test needs to run the
 * commands a page shows and compare their output with the block that follows them.
 */
record ReadmeBlocks(String heading, List<Block> blocks) {

  /** One fenced block: its info string ({@code sh}, {@code yaml}, or empty) and its text. */
  record Block(String language, String text) {}

  /**
   * The blocks between the line {@code heading} and the next heading of the same or a higher level.
   * Fails when the heading is missing, so a renamed section cannot silently skip a test.
   */
  static ReadmeBlocks of(Path markdown, String heading) throws IOException {
    List<String> lines = Files.readAllLines(markdown, StandardCharsets.UTF_8);
    int start = lines.indexOf(heading);
    if (start < 0) {
      throw new AssertionError(markdown + " has no line \"" + heading + "\"");
    }
    String level = heading.substring(0, heading.indexOf(' ') + 1);
    List<Block> blocks = new ArrayList<>();
    String language = null;
    StringBuilder text = new StringBuilder();
    for (int i = start + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (language == null && isHeadingAtOrAbove(line, level)) {
        break;
      }
      if (line.startsWith("```")) {
        if (language == null) {
          language = line.substring(3).trim();
          text.setLength(0);
        } else {
          blocks.add(new Block(language, text.toString()));
          language = null;
        }
      } else if (language != null) {
        text.append(line).append('\n');
      }
    }
    return new ReadmeBlocks(heading, List.copyOf(blocks));
  }

  private static boolean isHeadingAtOrAbove(String line, String level) {
    if (!line.startsWith("#")) {
      return false;
    }
    int hashes = line.indexOf(' ');
    return hashes > 0 && hashes <= level.length() - 1 && line.substring(0, hashes).matches("#+");
  }

  /** The {@code n}th block (from 0) whose info string is {@code language}. */
  String block(String language, int n) {
    return blocks.get(indexOf(language, n)).text();
  }

  /** The block right after the {@code n}th block of {@code language}: the output it shows. */
  String blockAfter(String language, int n) {
    int index = indexOf(language, n) + 1;
    if (index == blocks.size()) {
      throw new AssertionError("\"" + heading + "\" shows no output after its ```" + language);
    }
    return blocks.get(index).text();
  }

  private int indexOf(String language, int n) {
    int seen = 0;
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).language().equals(language) && seen++ == n) {
        return i;
      }
    }
    throw new AssertionError("\"" + heading + "\" has " + seen + " ```" + language + " block(s)");
  }
}
