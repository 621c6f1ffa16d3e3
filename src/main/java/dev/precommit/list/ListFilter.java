package dev.precommit.list;

import dev.precommit.config.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which hooks {@code precommit list} shows, as prek chooses them: named ones only when any are
 * named (by id or alias), none that {@code --skip} or {@code SKIP} names, and only those of the
 * stage and language asked for.
 *
 * @param include ids or aliases to show; empty for all
 * @param skip ids or aliases to leave out ({@code --skip} and {@code SKIP} together)
 * @param stage null for any stage
 * @param language null for any language
 */
public record ListFilter(List<String> include, Set<String> skip, Stage stage, String language) {

  public ListFilter {
    include = List.copyOf(include);
    skip = Set.copyOf(skip);
  }

  /** True when {@code hook} is listed. */
  public boolean accepts(ListedHook hook) {
    return (include.isEmpty() || include.stream().anyMatch(hook::isNamed))
        && skip.stream().noneMatch(hook::isNamed)
        && (stage == null || hook.stages().contains(stage))
        && (language == null || language.equals(hook.language()));
  }

  /**
   * Selectors that name no configured hook, as {@code `x`} and {@code `--skip=x`} (prek's
   * spelling), for a warning: usually a typo.
   */
  public List<String> unmatched(List<ListedHook> configured, List<String> skipOption) {
    List<String> unmatched = new ArrayList<>();
    for (String id : include) {
      if (configured.stream().noneMatch(h -> h.isNamed(id))) {
        unmatched.add("`" + id + "`");
      }
    }
    for (String id : skipOption) {
      if (configured.stream().noneMatch(h -> h.isNamed(id))) {
        unmatched.add("`--skip=" + id + "`");
      }
    }
    return unmatched;
  }
}
