package dev.precommit.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * {@code mvn precommit:uninstall}: removes the shims (restoring the hooks they replaced, as {@code
 * precommit uninstall}) and the launcher. Remove the plugin from the pom first, or the next build
 * installs them again.
 */
@Mojo(name = "uninstall", aggregator = true, threadSafe = true)
public final class UninstallMojo extends AbstractMojo {
  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${project.remotePluginRepositories}", readonly = true)
  private List<RemoteRepository> pluginRepositories;

  /** The plugin's version, which is the engine's. */
  @Parameter(defaultValue = "${plugin.version}", readonly = true, required = true)
  private String version;

  @Component private RepositorySystem repositorySystem;

  /** Hook types to remove; default: the config's default_install_hook_types, else pre-commit. */
  @Parameter private List<String> hookTypes;

  @Parameter(property = "precommit.config", defaultValue = ".pre-commit-config.yaml")
  private String config;

  @Override
  public void execute() throws MojoExecutionException {
    LogOutput log = new LogOutput();
    Map<String, Object> answer;
    try {
      Path jar =
          EngineJar.resolve(
              repositorySystem, session.getRepositorySession(), pluginRepositories, version);
      Map<String, Object> request =
          EngineCall.request("uninstall", project.getBasedir().toPath(), jar, log);
      request.put("hookTypes", hookTypes == null ? List.of() : hookTypes);
      request.put("config", config);
      answer = EngineCall.run(jar, request);
    } catch (ArtifactResolutionException | IOException e) {
      throw new MojoExecutionException("precommit: " + e.getMessage(), e);
    } finally {
      log.flush(getLog());
    }
    Object outcome = answer.get("outcome");
    if ("invalid".equals(outcome)) {
      throw new MojoExecutionException("<hookTypes>: " + answer.get("message"));
    }
    if (!"uninstalled".equals(outcome)) {
      throw new MojoExecutionException("precommit: " + answer.get("message"));
    }
  }
}
