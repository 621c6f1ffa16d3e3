package dev.precommit.maven;

import dev.precommit.FatalException;
import dev.precommit.git.GitException;
import dev.precommit.install.BuildHooks;
import dev.precommit.install.JarLauncher;
import dev.precommit.install.StartupArchive;
import dev.precommit.repo.CacheDir;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Installs precommit's git hook shims, as {@code precommit install} does, running the engine jar
 * Maven resolved with the JDK that runs Maven. Bound to {@code initialize}, so any build that gets
 * that far installs them; once per reactor, at the top of the git work tree, and silent when
 * nothing changed.
 */
@Mojo(name = "install", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class InstallMojo extends AbstractMojo {
  private static final String ONCE = InstallMojo.class.getName() + ".done";

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${project.remotePluginRepositories}", readonly = true)
  private List<RemoteRepository> pluginRepositories;

  @Component private RepositorySystem repositorySystem;

  /** Do nothing (one line says so). */
  @Parameter(property = "precommit.skip", defaultValue = "false")
  private boolean skip;

  /** Hook types to install; default: the config's default_install_hook_types, else pre-commit. */
  @Parameter private List<String> hookTypes;

  /** The config file, relative to the top of the git work tree. */
  @Parameter(property = "precommit.config", defaultValue = ".pre-commit-config.yaml")
  private String config;

  /** Hooks skip, instead of failing, when the config file is missing. */
  @Parameter(property = "precommit.allowMissingConfig", defaultValue = "false")
  private boolean allowMissingConfig;

  /** Fail the build when the hooks cannot be installed (default: a warning). */
  @Parameter(property = "precommit.failOnError", defaultValue = "false")
  private boolean failOnError;

  /** Prepare the start-up archive for this JDK and engine jar in the background. */
  @Parameter(property = "precommit.startupArchive", defaultValue = "true")
  private boolean startupArchive;

  @Override
  public void execute() throws MojoExecutionException {
    if (!session.getRepositorySession().getData().set(ONCE, null, Boolean.TRUE)) {
      return;
    }
    Map<String, String> env = System.getenv();
    if (skip) {
      getLog().info("precommit: hooks not installed (precommit.skip)");
      return;
    }
    if (!env.getOrDefault("CI", "").isEmpty()) {
      getLog().info("precommit: hooks not installed (CI is set)");
      return;
    }
    LogOutput log = new LogOutput();
    try {
      Path jar =
          EngineJar.resolve(repositorySystem, session.getRepositorySession(), pluginRepositories);
      JarLauncher launcher = JarLauncher.ofThisJvm(jar);
      StartupArchive archive = launcher.archive(CacheDir.resolve(env).resolve("startup"));
      BuildHooks.Outcome outcome =
          new BuildHooks(project.getBasedir().toPath(), env, log.output())
              .install(launcher, archive, HookTypes.parse(hookTypes), config, allowMissingConfig);
      log.flush(getLog());
      if (outcome == BuildHooks.Outcome.REFUSED && failOnError) {
        throw new MojoExecutionException("precommit: hooks not installed: core.hooksPath is set");
      }
      if (startupArchive && archive.startTraining(launcher, env)) {
        getLog().info("precommit: preparing the start-up archive in the background");
      }
    } catch (GitException e) {
      log.flush(getLog());
      getLog().info("precommit: hooks not installed (not in a git work tree)");
    } catch (ArtifactResolutionException | FatalException | IOException | UncheckedIOException e) {
      log.flush(getLog());
      String message = "precommit: hooks not installed: " + e.getMessage();
      if (failOnError) {
        throw new MojoExecutionException(message, e);
      }
      getLog().warn(message);
    }
  }
}
