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
import dev.precommit.repo.Hook;
import dev.precommit.repo.StoredHooks;
import dev.precommit.run.Runner;
import dev.precommit.workspace.Project;
import dev.precommit.workspace.Selector;
import dev.precommit.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
      description =
          "Show only these hooks (ids or aliases; in a workspace also project/ or"
              + " project:hook-id).")
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
    List<ListedHook> configured = configured(git, warnings);
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

  /**
   * The hooks of the config, or in a workspace of every project (deepest first, as they run),
   * leaving out the projects and project hooks that {@code project/} and {@code project:id}
   * selectors leave out; plain ids are {@link ListFilter}'s.
   */
  private List<ListedHook> configured(GitRepo git, Output warnings) {
    StoredHooks stored = StoredHooks.standard(context.env(), warnings::warn);
    String workingDir = RunCommand.workingDirIn(context.workingDir(), git.root());
    Workspace workspace = config.given() ? null : Workspace.discover(git, workingDir);
    if (workspace == null || workspace.single()) {
      String name = config.path(context.workingDir(), git.root());
      Config loaded = ConfigLoader.load(git.root().resolve(name), name, warnings::warn).config();
      return stored.allOf(loaded, git.root(), warnings).stream().map(ListedHook::of).toList();
    }
    List<Selector> includes = projectSelectors(include, workingDir);
    List<Selector> skips = projectSelectors(skip, workingDir);
    List<ListedHook> listed = new ArrayList<>();
    for (Project project : workspace.projects()) {
      Path dir = git.root().resolve(project.dir());
      Config loaded =
          ConfigLoader.load(
                  git.root().resolve(project.configFile()), project.configFile(), warnings::warn)
              .config();
      String shown = project.displayName(workspace.root());
      String name = shown.equals("<workspace>") ? "." : shown;
      for (Hook hook : stored.allOf(loaded, dir, warnings)) {
        boolean in =
            includes.isEmpty()
                || includes.stream().anyMatch(s -> s.matches(project, hook.config()));
        boolean out = skips.stream().anyMatch(s -> s.matches(project, hook.config()));
        if (in && !out) {
          listed.add(ListedHook.of(hook).inProject(name));
        }
      }
    }
    include.removeIf(s -> Selector.parse(s, workingDir).namesProject());
    skip.removeIf(s -> Selector.parse(s, workingDir).namesProject());
    return listed;
  }

  /** The selectors among {@code texts} that name a project. */
  private static List<Selector> projectSelectors(List<String> texts, String workingDir) {
    return texts.stream()
        .map(s -> Selector.parse(s, workingDir))
        .filter(Selector::namesProject)
        .toList();
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
