package dev.precommit.list;

import dev.precommit.config.Stage;
import dev.precommit.repo.Hook;
import dev.precommit.repo.StoredHooks;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One line of {@code precommit list}: the fields prek's {@code list} shows for a hook, taken from
 * its resolved definition (manifest, built-in or meta definition, config overrides).
 *
 * @param alias {@code ""} when the hook has none (prek's spelling)
 * @param language null when unknown: a hook of a repository not yet in the store whose config entry
 *     does not name one
 * @param description null when the hook has none
 * @param stages in prek's order: {@code manual} first, then the hook types by name
 * @param repo where the hook comes from, as the config names it
 * @param installed false for a remote repository not yet in the store: only the config entry is
 *     known
 * @param project in a workspace, the hook's project relative to the workspace root ({@code .} for
 *     the root); null outside workspaces
 */
public record ListedHook(
    String id,
    String name,
    String alias,
    String language,
    String description,
    List<Stage> stages,
    String repo,
    boolean installed,
    String project) {

  /** prek's stage order, which {@link Stage} does not share: manual first. */
  private static final Comparator<Stage> PREK_ORDER =
      Comparator.comparing((Stage s) -> s != Stage.MANUAL).thenComparing(Stage::id);

  public ListedHook {
    stages = stages.stream().distinct().sorted(PREK_ORDER).toList();
  }

  /** The listing of a resolved hook (or of a placeholder for a repository not in the store). */
  public static ListedHook of(Hook hook) {
    boolean installed = !StoredHooks.isPlaceholder(hook);
    String language = hook.config().language();
    String description = hook.config().description();
    return new ListedHook(
        hook.id(),
        hook.config().name(),
        hook.config().alias(),
        language.isEmpty() ? null : language,
        description.isEmpty() ? null : description,
        hook.config().stages(),
        hook.repo(),
        installed,
        null);
  }

  /** This hook as one of the workspace project {@code project}. */
  public ListedHook inProject(String project) {
    return new ListedHook(id, name, alias, language, description, stages, repo, installed, project);
  }

  /** What {@code list} prints for it: {@code project:id} in a workspace, else the id. */
  public String shownId() {
    return project == null ? id : fullId();
  }

  /**
   * prek's workspace-qualified id, {@code <project>:<id>}. precommit has one project, the
   * repository root, which prek calls {@code .}.
   */
  public String fullId() {
    return (project == null ? "." : project) + ":" + id;
  }

  /** True when a selector names this hook by id or alias. */
  public boolean isNamed(String idOrAlias) {
    return id.equals(idOrAlias) || (!alias.isEmpty() && alias.equals(idOrAlias));
  }

  /** True when the hook runs in every stage: prek prints {@code all} then. */
  public boolean allStages() {
    return stages.containsAll(Arrays.asList(Stage.values()));
  }
}
