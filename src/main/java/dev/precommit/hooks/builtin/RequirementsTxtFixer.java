package dev.precommit.hooks.builtin;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code requirements-txt-fixer}: sorts requirement lines by normalised package name, keeping the
 * comments above each requirement with it and a top-of-file comment block on top, joins
 * backslash-continued lines, drops {@code pkg-resources==0.0.0} and {@code pkg_resources==0.0.0}
 * and adds a final newline.
 */
public final class RequirementsTxtFixer implements ContentCheck {
  private static final Pattern UNTIL_COMPARISON = Pattern.compile("={2,3}|!=|~=|>=?|<=?");
  private static final Pattern UNTIL_SEP = Pattern.compile("[^;\\s]+");
  private static final byte[] NEWLINE = {'\n'};

  /** What pip freeze lists in an Ubuntu virtualenv, dropped (both spellings, since v5.0.0). */
  private static final byte[] PKG_RESOURCES =
      "pkg-resources==0.0.0\n".getBytes(StandardCharsets.US_ASCII);

  private static final byte[] PKG_RESOURCES_UNDERSCORE =
      "pkg_resources==0.0.0\n".getBytes(StandardCharsets.US_ASCII);

  @Override
  public CheckInfo info() {
    return Manifest.files(
        "requirements-txt-fixer",
        "fix requirements.txt",
        "sorts entries in requirements.txt.",
        "(requirements|constraints).*\\.txt$",
        true);
  }

  @Override
  public FileCheck prepare(List<String> args, CheckContext context) throws CheckAbortedException {
    new ArgumentParser("requirements-txt-fixer").parse(args).requireNoPositionals();
    return (path, content) -> {
      byte[] after = fix(content);
      return after == null ? FileVerdict.ok() : FileVerdict.fixed(after, "Sorting " + path + "\n");
    };
  }

  private static final class Requirement {
    byte[] value;
    final List<byte[]> comments = new ArrayList<>();

    byte[] name() {
      String v = new String(value, StandardCharsets.ISO_8859_1);
      String lower = new String(Bytes.lower(value), StandardCharsets.ISO_8859_1);
      for (String egg : new String[] {"#egg=", "&egg="}) {
        if (v.contains(egg)) {
          int at = lower.indexOf(egg);
          return (at < 0 ? "" : lower.substring(at + egg.length()))
              .getBytes(StandardCharsets.ISO_8859_1);
        }
      }
      Matcher m = UNTIL_SEP.matcher(lower);
      String name = m.lookingAt() ? m.group() : "";
      Matcher c = UNTIL_COMPARISON.matcher(name);
      if (c.find()) {
        name = name.substring(0, c.start());
      }
      return name.getBytes(StandardCharsets.ISO_8859_1);
    }

    boolean isTop() {
      return Arrays.equals(value, NEWLINE);
    }

    boolean isComplete() {
      if (value == null) {
        return false;
      }
      int end = value.length;
      while (end > 0 && (value[end - 1] == '\r' || value[end - 1] == '\n')) {
        end--;
      }
      return end == 0 || value[end - 1] != '\\';
    }

    void appendValue(byte[] line) {
      if (value == null) {
        value = line;
      } else {
        byte[] joined = Arrays.copyOf(value, value.length + line.length);
        System.arraycopy(line, 0, joined, value.length, line.length);
        value = joined;
      }
    }
  }

  /** The sorted file, or null when it is already sorted. */
  static byte[] fix(byte[] content) {
    List<byte[]> before = PythonText.byteLines(content);
    if (!before.isEmpty()) {
      byte[] last = before.get(before.size() - 1);
      if (last.length == 0 || last[last.length - 1] != '\n') {
        byte[] withNewline = Arrays.copyOf(last, last.length + 1);
        withNewline[last.length] = '\n';
        before.set(before.size() - 1, withNewline);
      }
    }
    if (PythonText.isBlank(content)) {
      return null;
    }
    List<Requirement> requirements = new ArrayList<>();
    for (byte[] line : before) {
      if (requirements.isEmpty() || requirements.get(requirements.size() - 1).isComplete()) {
        requirements.add(new Requirement());
      }
      Requirement requirement = requirements.get(requirements.size() - 1);
      boolean blank = PythonText.isBlank(line);
      if (requirements.size() == 1 && blank) {
        if (!requirement.comments.isEmpty()
            && requirement.comments.get(0).length > 0
            && requirement.comments.get(0)[0] == '#') {
          requirement.value = NEWLINE;
        } else {
          requirement.comments.add(line);
        }
      } else if (blank || startsWithHashAfterSpace(line)) {
        requirement.comments.add(line);
      } else {
        requirement.appendValue(line);
      }
    }
    List<byte[]> rest = new ArrayList<>();
    if (requirements.get(requirements.size() - 1).value == null) {
      rest = requirements.remove(requirements.size() - 1).comments;
    }
    List<Requirement> kept = new ArrayList<>();
    for (Requirement r : requirements) {
      if (!Arrays.equals(r.value, PKG_RESOURCES)
          && !Arrays.equals(r.value, PKG_RESOURCES_UNDERSCORE)) {
        kept.add(r);
      }
    }
    kept.sort(
        (a, b) -> {
          if (a == b) {
            return 0;
          }
          if (a.isTop()) {
            return -1;
          }
          if (b.isTop()) {
            return 1;
          }
          return Bytes.compare(a.name(), b.name());
        });
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 1);
    for (Requirement r : kept) {
      r.comments.forEach(out::writeBytes);
      out.writeBytes(r.value);
    }
    rest.forEach(out::writeBytes);
    byte[] after = out.toByteArray();
    return Arrays.equals(after, content) ? null : after;
  }

  private static boolean startsWithHashAfterSpace(byte[] line) {
    for (byte b : line) {
      if (!PythonText.isByteSpace(b)) {
        return b == '#';
      }
    }
    return false;
  }
}
