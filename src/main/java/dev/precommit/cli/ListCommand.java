package dev.precommit.cli;

import dev.precommit.CliContext;
import dev.precommit.ExitCodes;
import dev.precommit.config.Config;
import dev.precommit.config.ConfigLoader;
import dev.precommit.config.LanguageNames;
import dev.precommit.config.Stage;
import dev.precommit.git.GitRepo;
import dev.precommit.list.JsonListing;
import dev.precommit.list.ListFilter;
import dev.precommit.list.ListedHook;
import dev.precommit.list.TextListing;
import dev.precommit.output.Output;
import dev.precommit.repo.StoredHooks;
import dev.precommit.run.Runner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code precommit list}: the configured hooks, as prek's {@code list} shows them, so people can
 * see what a config runs (and with which ids to call them) without running anything. Reads remote
 * repositories only from the store: listing never clones. Warnings go to stderr, so stdout stays
 * parseable in JSON format.
 */
@Command(
    name = "list",
    description = "List configured hooks.",
    mixinStandardHelpOptions = true,
    sortOptions = false)
public final class ListCommand implements Callable<Integer> {
  private final CliContext context;

  @Parameters(
      paramLabel = "HOOK",
      arity = "0..*",
      description = "Show only these hooks (ids or aliases).")
  List<String> include = new ArrayList<>();

  @Option(
      names = "--skip",
      paramLabel = "HOOK",
      description = "Leave out this hook (id or alias). Repeatable; SKIP is honoured too.")
  List<String> skip = new ArrayList<>();

  @Option(
      names = "--hook-stage",
      paramLabel = "STAGE",
      description = "Show only hooks that run in this stage.")
  String hookStage;

  @Option(
      names = "--language",
      paramLabel = "LANGUAGE",
      description = "Show only hooks in this language.")
  String language;

  @Option(
      names = "--output-format",
      paramLabel = "text|json",
      description = "The output format (default: text).")
  String outputFormat = "text";

  @Option(
      names = {"-v", "--verbose"},
      description = "Show each hook's name, description, language and stages.")
  boolean verbose;

  @Mixin ConfigOption config = new ConfigOption();

  @Mixin ColorOption color = new ColorOption();

  public ListCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    boolean json = format();
    Stage stage = stage();
    if (language != null && !LanguageNames.isKnown(language)) {
      throw new UsageException(
          "invalid --language `"
              + language
              + "`: expected one of "
              + LanguageNames.canonical()
              + ", system or script");
    }
    boolean colored =
        ColorOption.mode(color.color, context.env()).enabled(context.terminal(), context.env());
    Output warnings = new Output(context.err(), context.err(), colored);
    GitRepo git = GitRepo.discover(context.workingDir(), context.env());
    String name = config.path(context.workingDir(), git.root());
    Config loaded = ConfigLoader.load(git.root().resolve(name), name, warnings::warn).config();
    List<ListedHook> configured =
        StoredHooks.standard(context.env(), warnings::warn)
            .allOf(loaded, git.root(), warnings)
            .stream()
            .map(ListedHook::of)
            .toList();
    Set<String> skipped = new HashSet<>(skip);
    skipped.addAll(Runner.skips(context.env()));
    ListFilter filter = new ListFilter(include, skipped, stage, language);
    for (String selector : filter.unmatched(configured, skip)) {
      warnings.warn("selector " + selector + " did not match any hooks");
    }
    configured.stream()
        .filter(h -> !h.installed())
        .map(ListedHook::repo)
        .distinct()
        .forEach(
            repo ->
                warnings.warn(
                    repo
                        + " is not installed: its hooks are listed as the config names them."
                        + " `precommit install-hooks` fetches it."));
    List<ListedHook> shown = configured.stream().filter(filter::accepts).toList();
    String text = json ? JsonListing.render(shown) : TextListing.render(shown, verbose);
    try {
      context.out().write(text.getBytes(StandardCharsets.UTF_8));
      context.out().flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ExitCodes.OK;
  }

  private boolean format() {
    return switch (outputFormat) {
      case "text" -> false;
      case "json" -> true;
      default ->
          throw new UsageException(
              "invalid --output-format `" + outputFormat + "`: expected one of text, json");
    };
  }

  private Stage stage() {
    return hookStage == null ? null : HookRunFlags.stage(hookStage);
  }
}
