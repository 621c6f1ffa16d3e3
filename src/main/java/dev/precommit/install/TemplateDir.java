package dev.precommit.install;

import dev.precommit.config.Stage;
import dev.precommit.output.Output;
import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code init-templatedir DIR}: shims in a git template directory, so every {@code git clone} or
 * {@code git init} gets them. They skip quietly in repositories without a config unless told
 * otherwise, since most clones will not have one.
 */
public final class TemplateDir {
  private final Path workingDir;
  private final Map<String, String> env;
  private final Output out;
  private final String launcher;

  public TemplateDir(Path workingDir, Map<String, String> env, Output out, String launcher) {
    this.workingDir = workingDir;
    this.env = Map.copyOf(env);
    this.out = out;
    this.launcher = launcher;
  }

  /** Writes the shims into {@code directory}/hooks and warns when git will not use them. */
  public int init(
      String directory, String config, List<Stage> hookTypes, boolean skipOnMissingConfig) {
    List<Stage> types = InstallHookTypes.resolve(hookTypes, workingDir.resolve(config));
    HooksDir dir = HooksDir.templateHooks(workingDir, directory);
    new HookInstaller(out, launcher).install(dir, types, config, true, skipOnMissingConfig);
    Path target = realPath(workingDir.resolve(directory));
    String configured = configuredTemplateDir();
    if (configured.isEmpty() || !realPath(workingDir.resolve(configured)).equals(target)) {
      out.warn("`init.templateDir` not set to the target directory");
      out.warn("maybe `git config --global init.templateDir " + target + "`?");
    }
    return 0;
  }

  private String configuredTemplateDir() {
    try {
      ProcessResult result =
          ProcessRunner.separate(env)
              .run(List.of("git", "config", "--path", "init.templateDir"), workingDir);
      return result.succeeded() ? result.outputText().strip() : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path realPath(Path path) {
    try {
      return Files.exists(path) ? path.toRealPath() : path.toAbsolutePath().normalize();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
