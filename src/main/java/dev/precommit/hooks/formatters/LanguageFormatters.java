package dev.precommit.hooks.formatters;

import dev.precommit.config.Config;
import dev.precommit.config.HookConfig;
import dev.precommit.config.HookConfigs;
import dev.precommit.hooks.Check;
import dev.precommit.hooks.CheckAbortedException;
import dev.precommit.repo.InProcessRepo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code macisamuele/language-formatters-pre-commit-hooks} named by URL: which of its hooks run in
 * the engine's JVM instead of through the Python wrapper, and the hooks they become.
 *
 * <p>A hook runs in-process when the rev is a release {@link WrapperRelease} knows and the hook is
 * one this package has ({@code pretty-format-java}, {@code pretty-format-kotlin}) with options it
 * runs (not {@code --palantir}, not {@code --formatter-jar-checksum}, not v2.14.0's {@code --ktfmt}
 * with ktfmt 0.55 or later); any other hook of the entry runs as pre-commit runs it, from a clone.
 *
 * <p>The rev's default formatter versions are made explicit: a hook whose args name no version gets
 * {@code --google-java-formatter-version=}, {@code --ktlint-version=} or {@code
 * --ktfmt-version=<the release's default>} in front of its args, which argparse reads exactly as
 * the wrapper's default.
 */
public final class LanguageFormatters implements InProcessRepo {
  private static final Pattern URL =
      Pattern.compile(
          "^(https?://|git@)github\\.com[/:]macisamuele/language-formatters-pre-commit-hooks"
              + "(\\.git)?/?$");

  @Override
  public boolean matches(String url) {
    return URL.matcher(url).matches();
  }

  @Override
  public Optional<HookConfig> hook(String rev, Map<String, Object> entry, Config config) {
    Optional<WrapperRelease> release = WrapperRelease.of(rev);
    if (release.isEmpty() || !runsInProcess(rev, entry)) {
      return Optional.empty();
    }
    Check check = check(String.valueOf(entry.get("id"))).orElseThrow();
    HookConfig merged = HookConfigs.merge(check.defaults(), entry, config);
    List<String> args = new ArrayList<>(merged.args());
    args.addAll(0, defaultVersions(check, args, release.get()));
    return Optional.of(
        HookConfigs.merge(merged, Map.of("language", "builtin", "args", args), config));
  }

  @Override
  public Optional<Check> check(String id) {
    if (PrettyFormatJava.ID.equals(id)) {
      return Optional.of(new PrettyFormatJava());
    }
    if (PrettyFormatKotlin.ID.equals(id)) {
      return Optional.of(new PrettyFormatKotlin());
    }
    return Optional.empty();
  }

  private static boolean runsInProcess(String rev, Map<String, Object> entry) {
    Object id = entry.get("id");
    try {
      if (PrettyFormatJava.ID.equals(id)) {
        var parsed = PrettyFormatJava.parser().parse(args(entry));
        return !parsed.flag("use_palantir") && parsed.value("checksum").isEmpty();
      }
      if (PrettyFormatKotlin.ID.equals(id)) {
        var parsed = PrettyFormatKotlin.parser().parse(args(entry));
        // v2.14.0 asks Maven Central for a jar name ktfmt 0.55 and later do not have, and fails.
        boolean missingJar = WrapperRelease.of(rev).orElseThrow().tag().equals("v2.14.0");
        return parsed.value("formatter_jar_checksum").isEmpty()
            && !(missingJar
                && parsed.flag("ktfmt")
                && parsed.value("ktfmt_jar").isEmpty()
                && parsed
                    .value("kftmt_version")
                    .map(v -> Versions.compare(v, "0.55") >= 0)
                    .orElse(false));
      }
      return false;
    } catch (CheckAbortedException e) {
      // The in-process hook prints argparse's error as the wrapper would.
      return true;
    }
  }

  /** The release's default versions as options, for the ones {@code args} leaves out. */
  private static List<String> defaultVersions(
      Check check, List<String> args, WrapperRelease release) {
    try {
      if (check instanceof PrettyFormatJava) {
        var parsed = PrettyFormatJava.parser().parse(args);
        return parsed.value("google_java_formatter_version").isEmpty()
                && parsed.value("google_java_formatter_jar").isEmpty()
            ? List.of("--google-java-formatter-version=" + release.googleJavaFormat())
            : List.of();
      }
      var parsed = PrettyFormatKotlin.parser().parse(args);
      List<String> defaults = new ArrayList<>();
      if (parsed.value("ktlint_version").isEmpty()) {
        defaults.add("--ktlint-version=" + release.ktlint());
      }
      if (parsed.value("kftmt_version").isEmpty()) {
        defaults.add("--ktfmt-version=" + release.ktfmt());
      }
      return defaults;
    } catch (CheckAbortedException e) {
      return List.of();
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> args(Map<String, Object> entry) {
    Object args = entry.get("args");
    return args instanceof List<?> list ? (List<String>) list : List.of();
  }
}
