package dev.precommit.maven;

import dev.precommit.config.Stage;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The {@code <hookTypes>} parameter: hook type names, as {@code precommit install -t} takes them.
 */
final class HookTypes {
  private HookTypes() {}

  static List<Stage> parse(List<String> names) throws MojoExecutionException {
    List<Stage> types = new ArrayList<>();
    if (names == null) {
      return types;
    }
    for (String name : names) {
      types.add(parseOne(name.strip()));
    }
    return types;
  }

  // A loop, not Stage.fromId's stream: this runs on every build (see LogOutput).
  private static Stage parseOne(String id) throws MojoExecutionException {
    for (Stage stage : Stage.values()) {
      if (stage.isHookType() && stage.id().equals(id)) {
        return stage;
      }
    }
    throw new MojoExecutionException("<hookTypes>: not a git hook type: " + id);
  }
}
