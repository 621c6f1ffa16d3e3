package dev.precommit.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * {@code mvn precommit:run}: runs the hooks as {@code precommit run} does (same output, same
 * result), in the engine jar with the JDK that runs Maven, and fails the build when a hook fails.
 * For CI that is "just Maven". Once per build, at the top-level project. The engine jar is asked
 * for the command that runs it ({@link EngineCall}), so that it runs as the shims run it.
 */
@Mojo(name = "run", aggregator = true, threadSafe = true)
public final class RunMojo extends AbstractMojo {
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

  /** Run on every file in the repository ({@code --all-files}); default: the staged files. */
  @Parameter(property = "precommit.allFiles", defaultValue = "false")
  private boolean allFiles;

  /** Run only the hook with this id. */
  @Parameter(property = "precommit.hook")
  private String hook;

  /** Write a report, as {@code --report}: {@code junit=target/precommit.xml}, … */
  @Parameter(property = "precommit.report")
  private String report;

  @Parameter(property = "precommit.config", defaultValue = ".pre-commit-config.yaml")
  private String config;

  /** Show the diff when hooks fail ({@code --show-diff-on-failure}). */
  @Parameter(property = "precommit.showDiffOnFailure", defaultValue = "false")
  private boolean showDiffOnFailure;

  /** More arguments for {@code precommit run}, as on its command line. */
  @Parameter private List<String> args;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    List<String> command = new ArrayList<>();
    LogOutput log = new LogOutput();
    try {
      Path jar =
          EngineJar.resolve(
              repositorySystem, session.getRepositorySession(), pluginRepositories, version);
      Map<String, Object> answer =
          EngineCall.run(
              jar, EngineCall.request("command", project.getBasedir().toPath(), jar, log));
      log.flush(getLog());
      if (!(answer.get("command") instanceof List<?> java)) {
        throw new MojoExecutionException("precommit: " + answer.get("message"));
      }
      for (Object word : java) {
        command.add(String.valueOf(word));
      }
    } catch (ArtifactResolutionException | IOException e) {
      throw new MojoExecutionException("precommit: " + e.getMessage(), e);
    }
    addRunArguments(command);
    getLog().debug("precommit: " + command);
    int code;
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(project.getBasedir())
              .redirectInput(ProcessBuilder.Redirect.INHERIT)
              .redirectErrorStream(true);
      Process process = builder.start();
      copy(process.getInputStream(), System.out);
      code = process.waitFor();
    } catch (IOException e) {
      throw new MojoExecutionException("precommit: cannot run " + command.get(0) + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MojoExecutionException("precommit: interrupted", e);
    }
    if (code == 1) {
      throw new MojoFailureException("precommit: hooks failed (see above)");
    }
    if (code != 0) {
      throw new MojoExecutionException("precommit: `precommit run` exited with " + code);
    }
  }

  private void addRunArguments(List<String> command) {
    command.add("run");
    if (hook != null && !hook.isBlank()) {
      command.add(hook.strip());
    }
    if (allFiles) {
      command.add("--all-files");
    }
    if (showDiffOnFailure) {
      command.add("--show-diff-on-failure");
    }
    if (report != null && !report.isBlank()) {
      command.add("--report=" + report.strip());
    }
    command.add("--config=" + config);
    if (args != null) {
      command.addAll(args);
    }
  }

  private static void copy(InputStream in, PrintStream out) throws IOException {
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) > 0; ) {
      out.write(buffer, 0, n);
      out.flush();
    }
  }
}
