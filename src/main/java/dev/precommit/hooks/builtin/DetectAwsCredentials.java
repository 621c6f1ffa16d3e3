package dev.precommit.hooks.builtin;

import dev.precommit.hooks.ArgumentParser;
import dev.precommit.hooks.CheckAbortedException;
import dev.precommit.hooks.CheckContext;
import dev.precommit.hooks.CheckInfo;
import dev.precommit.hooks.ContentCheck;
import dev.precommit.hooks.FileCheck;
import dev.precommit.hooks.FileVerdict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code detect-aws-credentials}: collects the secret keys of the user's AWS credential files
 * ({@code --credentials-file}, the {@code AWS_CONFIG_FILE} family of variables) and {@code
 * AWS_SECRET_ACCESS_KEY}-style variables, and fails files that contain one. With no key anywhere it
 * exits 2 unless {@code --allow-missing-credentials}. Keys are tried in sorted order (the script's
 * set order is random), so a file holding several keys lists them deterministically.
 */
public final class DetectAwsCredentials implements ContentCheck {
  private static final List<String> FILE_VARIABLES =
      List.of(
          "AWS_CONFIG_FILE", "AWS_CREDENTIAL_FILE", "AWS_SHARED_CREDENTIALS_FILE", "BOTO_CONFIG");
  private static final List<String> SECRET_VARIABLES =
      List.of("AWS_SECRET_ACCESS_KEY", "AWS_SECURITY_TOKEN", "AWS_SESSION_TOKEN");
  private static final List<String> SECRET_OPTIONS =
      List.of("aws_secret_access_key", "aws_security_token", "aws_session_token");

  @Override
  public CheckInfo info() {
    return Manifest.typed(
        "detect-aws-credentials",
        "detect aws credentials",
        "detects *your* aws credentials from the aws cli credentials file.",
        List.of("text"),
        Manifest.ALL_STAGES,
        false);
  }

  @Override
  public FileCheck prepare(List<String> args, CheckContext context) throws CheckAbortedException {
    ArgumentParser parser =
        new ArgumentParser("detect-aws-credentials", "filenames [filenames ...]")
            .append(
                "credentials_file",
                List.of("~/.aws/config", "~/.aws/credentials", "/etc/boto.cfg", "~/.boto"),
                "--credentials-file")
            .flag("allow_missing_credentials", "--allow-missing-credentials");
    ArgumentParser.Parsed parsed = parser.parse(args).requireNoPositionals();
    // The run's environment, not this JVM's: they differ under test and in a long-lived engine.
    Map<String, String> env = context.environment();
    Set<String> files = new LinkedHashSet<>(parsed.list("credentials_file"));
    for (String variable : FILE_VARIABLES) {
      if (env.containsKey(variable)) {
        files.add(env.get(variable));
      }
    }
    Set<String> keys = new TreeSet<>();
    for (String file : files) {
      keys.addAll(secretsFromFile(resolve(context, expandUser(file, env))));
    }
    for (String variable : SECRET_VARIABLES) {
      String value = env.get(variable);
      if (value != null && !value.isEmpty()) {
        keys.add(value);
      }
    }
    if (keys.isEmpty() && parsed.flag("allow_missing_credentials")) {
      return requiringFiles(parser, (path, content) -> FileVerdict.ok());
    }
    if (keys.isEmpty()) {
      throw new CheckAbortedException(
          2,
          "No AWS keys were found in the configured credential files and environment variables.\n"
              + "Please ensure you have the correct setting for --credentials-file\n");
    }
    List<byte[]> needles = new ArrayList<>();
    List<String> hidden = new ArrayList<>();
    for (String key : keys) {
      needles.add(key.getBytes(StandardCharsets.UTF_8));
      StringBuilder shown = new StringBuilder();
      key.codePoints().limit(4).forEach(shown::appendCodePoint);
      while (shown.codePointCount(0, shown.length()) < 28) {
        shown.append('*');
      }
      hidden.add(shown.toString());
    }
    return requiringFiles(
        parser,
        (path, content) -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          for (int i = 0; i < needles.size(); i++) {
            if (Bytes.indexOf(content, needles.get(i), 0) >= 0) {
              out.writeBytes(
                  ("AWS secret found in " + path + ": " + hidden.get(i) + "\n")
                      .getBytes(StandardCharsets.UTF_8));
            }
          }
          return out.size() == 0 ? FileVerdict.ok() : FileVerdict.fail(out.toByteArray());
        });
  }

  private static FileCheck requiringFiles(ArgumentParser parser, FileCheck check) {
    return new FileCheck() {
      @Override
      public FileVerdict check(String path, byte[] content) {
        return check.check(path, content);
      }

      @Override
      public CheckAbortedException noFilesError() {
        return parser.missingFilenames();
      }
    };
  }

  private static Path resolve(CheckContext context, Path file) {
    return context.root() == null ? file : context.root().resolve(file);
  }

  private static Path expandUser(String file, Map<String, String> env) {
    if (file.equals("~") || file.startsWith("~/")) {
      String home = env.getOrDefault("HOME", System.getProperty("user.home"));
      return Path.of(home + file.substring(1));
    }
    return Path.of(file);
  }

  /** The secret options of every section of an INI file, read as Python's configparser would. */
  static Set<String> secretsFromFile(Path file) {
    List<String> lines;
    try {
      if (!Files.exists(file)) {
        return Set.of();
      }
      lines = PythonText.splitLinesOnNewline(PythonText.readText(Files.readAllBytes(file)));
    } catch (IOException | PythonText.DecodeException e) {
      return Set.of();
    }
    Map<String, Map<String, List<String>>> sections = new java.util.LinkedHashMap<>();
    Map<String, List<String>> defaults = new HashMap<>();
    Map<String, List<String>> current = null;
    List<String> currentValue = null;
    int currentIndent = 0;
    for (String raw : lines) {
      String line = raw.endsWith("\n") ? raw.substring(0, raw.length() - 1) : raw;
      String value = line.strip();
      if (value.startsWith("#") || value.startsWith(";")) {
        continue;
      }
      if (value.isEmpty()) {
        if (currentValue != null) {
          currentValue.add("");
        }
        continue;
      }
      int indent = line.length() - line.stripLeading().length();
      if (current != null && currentValue != null && indent > currentIndent) {
        currentValue.add(value);
        continue;
      }
      if (value.startsWith("[") && value.endsWith("]") && value.length() > 2) {
        String name = value.substring(1, value.length() - 1);
        current =
            name.equals("DEFAULT")
                ? defaults
                : sections.computeIfAbsent(name, n -> new HashMap<>());
        currentValue = null;
        continue;
      }
      if (current == null) {
        return Set.of();
      }
      int eq = value.indexOf('=');
      int colon = value.indexOf(':');
      int at = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
      if (at < 0) {
        currentValue = null;
        continue;
      }
      String option = value.substring(0, at).strip().toLowerCase(java.util.Locale.ROOT);
      currentValue = new ArrayList<>(List.of(value.substring(at + 1).strip()));
      current.put(option, currentValue);
      currentIndent = indent;
    }
    Set<String> keys = new TreeSet<>();
    for (Map<String, List<String>> section : sections.values()) {
      for (String option : SECRET_OPTIONS) {
        List<String> v = section.containsKey(option) ? section.get(option) : defaults.get(option);
        if (v != null) {
          String key = String.join("\n", v).strip().replace("%%", "%");
          if (!key.isEmpty()) {
            keys.add(key);
          }
        }
      }
    }
    return keys;
  }
}
