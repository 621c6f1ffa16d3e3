package dev.precommit.maven;

import dev.precommit.install.InstallStamp;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * Maven resolved with the JDK that runs Maven. Bound to {@code validate}, so any build installs
 * them; once per reactor, at the top of the git work tree, and silent when nothing changed.
 *
 * <p>The plugin has no dependencies, so that Maven builds no class realm for it: the no-op check is
 * {@code InstallStamp.current} (the engine's, JDK only, copied into the plugin's jar), and only
 * when the stamp does not match does the goal open the engine jar ({@link EngineCall}).
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

  /** The plugin's version, which is the engine's. */
  @Parameter(defaultValue = "${plugin.version}", readonly = true, required = true)
  private String version;

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
    long started = System.nanoTime();
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
    Path start = project.getBasedir().toPath();
    List<String> types = new ArrayList<>();
    if (hookTypes != null) {
      for (String type : hookTypes) {
        types.add(type.strip());
      }
    }
    String inputs =
        InstallStamp.inputs(
            version,
            Path.of(System.getProperty("java.home")),
            System.getProperty("java.runtime.version", ""),
            EngineJar.local(session.getRepositorySession(), version),
            types,
            config,
            allowMissingConfig,
            startupArchive);
    if (InstallStamp.current(start, env, inputs)) {
      if (getLog().isDebugEnabled()) {
        long micros = (System.nanoTime() - started) / 1000;
        getLog().debug("precommit: hooks current (no-op check: " + micros + " µs)");
      }
      return;
    }
    install(start, types);
  }

  /** The full path: the engine checks everything, writes what differs and a new stamp. */
  private void install(Path start, List<String> types) throws MojoExecutionException {
    LogOutput log = new LogOutput();
    Map<String, Object> answer;
    try {
      Path jar =
          EngineJar.resolve(
              repositorySystem, session.getRepositorySession(), pluginRepositories, version);
      Map<String, Object> request = EngineCall.request("install", start, jar, log);
      request.put("hookTypes", types);
      request.put("config", config);
      request.put("allowMissingConfig", allowMissingConfig);
      request.put("startupArchive", startupArchive);
      answer = EngineCall.run(jar, request);
    } catch (ArtifactResolutionException | IOException e) {
      log.flush(getLog());
      notInstalled(e.getMessage());
      return;
    }
    log.flush(getLog());
    String message = String.valueOf(answer.get("message"));
    switch (String.valueOf(answer.get("outcome"))) {
      case "not-git" -> getLog().info("precommit: hooks not installed (not in a git work tree)");
      case "invalid" -> throw new MojoExecutionException("<hookTypes>: " + message);
      case "failed" -> notInstalled(message);
      case "refused" -> {
        if (failOnError) {
          throw new MojoExecutionException("precommit: hooks not installed: core.hooksPath is set");
        }
      }
      default -> {
        // installed or unchanged: the engine's output said what it did
      }
    }
    if (Boolean.TRUE.equals(answer.get("training"))) {
      getLog().info("precommit: preparing the start-up archive in the background");
    }
  }

  private void notInstalled(String why) throws MojoExecutionException {
    String message = "precommit: hooks not installed: " + why;
    if (failOnError) {
      throw new MojoExecutionException(message);
    }
    getLog().warn(message);
  }
}
