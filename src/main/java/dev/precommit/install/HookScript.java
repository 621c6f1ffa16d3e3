package dev.precommit.install;

import dev.precommit.Version;
import dev.precommit.config.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The shim written into {@code hooks/<type>}: the template from the top-level {@code hooks/} folder
 * (a classpath resource, so installing works from the jar alone) with the launcher path and the
 * {@code hook-impl} arguments filled in. The marker line tells our shims from anyone else's, so
 * uninstall never deletes a hook it did not write.
 */
public final class HookScript {
  /** The identifying marker every shim we write carries. */
  public static final String MARKER = "precommit-shim-5e0a3c9d71b2";

  /**
   * Markers of Python pre-commit's shims: replacing one is a migration to this drop-in, not a
   * foreign hook to keep (keeping it would run every hook twice).
   */
  static final List<String> PRE_COMMIT_MARKERS =
      List.of(
          "138fd403232d2ddd5efb44317e38bf03",
          "4d9958c90bc262f47553e2c073f14cfe",
          "d8ee923c46731b42cd95cc869add4062",
          "49fd668cb42069aa1b6048464be5d395",
          "79f09a650522a87b0da915d0d983b2de",
          "e358c9dae00eac5d06b38dfdb1e33a8c");

  static final String RESOURCE = "hook-tmpl";
  private static final String START = "# start templated\n";
  private static final String END = "# end templated\n";
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

  private HookScript() {}

  /**
   * The shim for one hook type.
   *
   * @param launcher absolute path of the {@code precommit} launcher, or empty to rely on PATH
   * @param config the config file as the shim passes it, relative to the repository root
   */
  public static String render(
      Stage hookType, String config, boolean skipOnMissingConfig, String launcher) {
    String template = template();
    int start = template.indexOf(START);
    int end = template.indexOf(END);
    if (start < 0 || end < start) {
      throw new IllegalStateException("hook template lacks its templated section");
    }
    List<String> args = new ArrayList<>();
    args.add("hook-impl");
    args.add("--config=" + config);
    args.add("--hook-type=" + hookType.id());
    if (skipOnMissingConfig) {
      args.add("--skip-on-missing-config");
    }
    StringBuilder line = new StringBuilder("set --");
    for (String arg : args) {
      line.append(' ').append(shellQuote(arg));
    }
    line.append(" --hook-dir \"$HERE\" -- \"$@\"\n");
    return template.substring(0, start + START.length()).replace("@VERSION@", Version.number())
        + "LAUNCHER="
        + shellQuote(launcher)
        + "\n"
        + line
        + template.substring(end);
  }

  /** True when {@code file} is a shim this tool wrote (any version). */
  public static boolean isOurs(Path file) {
    return contains(file, List.of(MARKER));
  }

  /** True when {@code file} is ours or Python pre-commit's: either may be overwritten in place. */
  static boolean isReplaceable(Path file) {
    List<String> markers = new ArrayList<>(PRE_COMMIT_MARKERS);
    markers.add(MARKER);
    return contains(file, markers);
  }

  private static boolean contains(Path file, List<String> markers) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try {
      String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      return markers.stream().anyMatch(text::contains);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** POSIX shell single-quoting, leaving plain words bare. */
  static String shellQuote(String word) {
    if (!word.isEmpty() && SAFE.matcher(word).matches()) {
      return word;
    }
    return "'" + word.replace("'", "'\"'\"'") + "'";
  }

  static String template() {
    try (InputStream in = HookScript.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("hook template " + RESOURCE + " missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
