package dev.precommit.maven;

import dev.precommit.FatalException;
import dev.precommit.install.BuildHooks;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * {@code mvn precommit:uninstall}: removes the shims (restoring the hooks they replaced, as {@code
 * precommit uninstall}) and the launcher. Remove the plugin from the pom first, or the next build
 * installs them again.
 */
@Mojo(name = "uninstall", aggregator = true, threadSafe = true)
public final class UninstallMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** Hook types to remove; default: the config's default_install_hook_types, else pre-commit. */
  @Parameter private List<String> hookTypes;

  @Parameter(property = "precommit.config", defaultValue = ".pre-commit-config.yaml")
  private String config;

  @Override
  public void execute() throws MojoExecutionException {
    LogOutput log = new LogOutput();
    try {
      new BuildHooks(project.getBasedir().toPath(), System.getenv(), log.output())
          .uninstall(HookTypes.parse(hookTypes), config);
    } catch (FatalException e) {
      throw new MojoExecutionException("precommit: " + e.getMessage(), e);
    } finally {
      log.flush(getLog());
    }
  }
}
