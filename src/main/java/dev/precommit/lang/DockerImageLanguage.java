package dev.precommit.lang;

import dev.precommit.process.ProcessResult;
import dev.precommit.repo.Hook;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code language: docker_image}: {@code entry} names an existing image and its arguments, run as
 * pre-commit 4.6.2 runs it: {@link DockerRun}'s {@code docker run …} + entry + args + files, in
 * xargs batches. No environment: a {@code language_version} or {@code additional_dependencies}
 * fails the hook with pre-commit's words.
 */
public final class DockerImageLanguage implements Language {
  private final DockerRun docker;

  DockerImageLanguage(DockerRun docker) {
    this.docker = docker;
  }

  @Override
  public String name() {
    return "docker_image";
  }

  @Override
  public Optional<String> missingToolchain(Hook hook, Map<String, String> env) {
    return Toolchain.DOCKER.missing(hook.id(), env);
  }

  /** pre-commit's words for a key that needs an environment. */
  private String noEnvironment(Hook hook, String key) {
    return "The hook `"
        + hook.id()
        + "` specifies `"
        + key
        + "` but is using language `"
        + name()
        + "` which does not install an environment.  Perhaps you meant to use a specific language?";
  }

  @Override
  public ProcessResult run(Hook hook, List<String> files, HookContext context) throws IOException {
    if (!hook.config().languageVersion().equals("default")) {
      return EntryProcess.failure(noEnvironment(hook, "language_version"));
    }
    if (!hook.config().additionalDependencies().isEmpty()) {
      return EntryProcess.failure(noEnvironment(hook, "additional_dependencies"));
    }
    List<String> command = new ArrayList<>(docker.command(context));
    command.addAll(CommandLine.of(hook));
    return SystemLanguage.runCommand(command, hook, files, context);
  }
}
