package dev.precommit.hooks.formatters;

import dev.precommit.config.Config;
import dev.precommit.config.HookConfig;
import dev.precommit.config.HookConfigs;
import dev.precommit.config.RepoConfig;
import dev.precommit.hooks.Check;
import dev.precommit.hooks.CheckAbortedException;
import dev.precommit.repo.Hook;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code macisamuele/language-formatters-pre-commit-hooks} named by URL: which of its hooks run in
 * the engine's JVM instead of through the Python wrapper, and the hooks they become.
 *
 * <p>A repository entry runs in-process when its rev is a release {@link WrapperRelease} knows and
 * every hook it lists is one this package has ({@code pretty-format-java}) with options it runs
 * (not {@code --palantir}, not {@code --formatter-jar-checksum}); otherwise the whole entry runs as
 * pre-commit runs it, from a clone.
 *
 * <p>The rev's default formatter version is made explicit: a hook whose args name no version (and
 * no jar) gets {@code --google-java-formatter-version=<the release's default>} in front of its
 * args, which argparse reads exactly as the wrapper's default.
 */
public final class LanguageFormatters {
  private static final Pattern URL =
      Pattern.compile(
          "^(https?://|git@)github\\.com[/:]macisamuele/language-formatters-pre-commit-hooks"
              + "(\\.git)?/?$");

  private LanguageFormatters() {}

  /** True for the repository's URL in any of the spellings people write. */
  public static boolean isRepository(String url) {
    return URL.matcher(url).matches();
  }

  /** True when {@code repo}'s hooks all run in-process (see the class comment). */
  public static boolean runsInProcess(RepoConfig repo) {
    if (!repo.isRemote() || !isRepository(repo.repo()) || repo.rev() == null) {
      return false;
    }
    if (WrapperRelease.of(repo.rev()).isEmpty()) {
      return false;
    }
    for (Map<String, Object> entry : repo.hooks()) {
      if (!PrettyFormatJava.ID.equals(entry.get("id"))) {
        return false;
      }
      try {
        var parsed = PrettyFormatJava.parser().parse(args(entry));
        if (parsed.flag("use_palantir") || parsed.value("checksum").isPresent()) {
          return false;
        }
      } catch (CheckAbortedException e) {
        // The in-process hook prints argparse's error as the wrapper would.
      }
    }
    return true;
  }

  /** The hooks of {@code repo}, which {@link #runsInProcess}, ready to run as built-ins. */
  public static List<Hook> resolve(RepoConfig repo, Config config, Path root) {
    WrapperRelease release = WrapperRelease.of(repo.rev()).orElseThrow();
    List<Hook> hooks = new ArrayList<>();
    for (Map<String, Object> entry : repo.hooks()) {
      Check check = new PrettyFormatJava();
      HookConfig merged = HookConfigs.merge(check.defaults(), entry, config);
      List<String> args = new ArrayList<>(merged.args());
      if (namesNoVersion(args)) {
        args.add(0, "--google-java-formatter-version=" + release.googleJavaFormat());
      }
      HookConfig hook =
          HookConfigs.merge(merged, Map.of("language", "builtin", "args", args), config);
      hooks.add(new Hook(repo.repo(), hook, root));
    }
    return hooks;
  }

  /** The in-process check of a hook {@link #resolve} made, if {@code hook} is one. */
  public static Optional<Check> find(Hook hook) {
    if (isRepository(hook.repo()) && PrettyFormatJava.ID.equals(hook.id())) {
      return Optional.of(new PrettyFormatJava());
    }
    return Optional.empty();
  }

  private static boolean namesNoVersion(List<String> args) {
    try {
      var parsed = PrettyFormatJava.parser().parse(args);
      return parsed.value("google_java_formatter_version").isEmpty()
          && parsed.value("google_java_formatter_jar").isEmpty();
    } catch (CheckAbortedException e) {
      return false;
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> args(Map<String, Object> entry) {
    Object args = entry.get("args");
    return args instanceof List<?> list ? (List<String>) list : List.of();
  }
}
