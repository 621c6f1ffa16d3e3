package dev.precommit.list;

import dev.precommit.config.Stage;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code precommit list}'s text format: one hook id per line, the id {@code precommit run HOOK}
 * takes. Verbose adds prek's indented block of fields under each id, and says when a remote
 * repository is not in the store yet (its hooks are then known only from the config).
 */
public final class TextListing {
  private TextListing() {}

  public static String render(List<ListedHook> hooks, boolean verbose) {
    StringBuilder text = new StringBuilder();
    for (ListedHook hook : hooks) {
      text.append(hook.shownId()).append('\n');
      if (!verbose) {
        continue;
      }
      text.append("  ID: ").append(hook.id()).append('\n');
      if (!hook.alias().isEmpty()) {
        text.append("  Alias: ").append(hook.alias()).append('\n');
      }
      text.append("  Name: ").append(hook.name()).append('\n');
      if (hook.description() != null) {
        text.append("  Description: ").append(hook.description()).append('\n');
      }
      if (hook.language() != null) {
        text.append("  Language: ").append(hook.language()).append('\n');
      }
      text.append("  Stages: ").append(stages(hook)).append('\n');
      if (!hook.installed()) {
        text.append("  Repo: ")
            .append(hook.repo())
            .append(" (not installed: `precommit install-hooks` fetches it)\n");
      }
      text.append('\n');
    }
    return text.toString();
  }

  private static String stages(ListedHook hook) {
    return hook.allStages()
        ? "all"
        : hook.stages().stream().map(Stage::id).collect(Collectors.joining(", "));
  }
}
