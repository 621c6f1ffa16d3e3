package dev.precommit.install;

import dev.precommit.FatalException;
import dev.precommit.Version;
import dev.precommit.config.Stage;
import dev.precommit.git.GitLayout;
import dev.precommit.git.GitRepo;
import dev.precommit.output.Output;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hooks that arrive with the build: what the Maven plugin's {@code install} goal does (and what a
 * Gradle plugin would call). The shims are {@code precommit install}'s own ({@link HookInstaller}),
 * calling a {@link JarLauncher} kept in the common git dir, {@code
 * <git-common-dir>/precommit/launcher}, that runs the engine jar the build resolved with the JDK
 * that runs the build. Runs on every build, so it writes nothing and prints nothing when both are
 * already as it would write them (an {@link InstallStamp} tells in a few file reads, without
 * forking git); a new engine version or JDK changes them, and they are rewritten.
 */
public final class BuildHooks {
  private final Path start;
  private final Map<String, String> env;
  private final Output out;

  /** What {@link #install} did. */
  public enum Outcome {
    /** Shims and launcher were already current. */
    UNCHANGED,
    /** Something was written (the output says what). */
    INSTALLED,
    /** {@code core.hooksPath} is set: git would not run shims in the common hooks dir. */
    REFUSED
  }

  /**
   * @param start a directory in the work tree (a Maven module's base directory)
   * @param env the environment git runs with
   */
  public BuildHooks(Path start, Map<String, String> env, Output out) {
    this.start = start;
    this.env = env;
    this.out = out;
  }

  /** The launcher's place for the hooks in {@code dir}: beside them, in the common git dir. */
  public static Path launcherPath(HooksDir dir) {
    return dir.path().resolveSibling("precommit").resolve("launcher");
  }

  /**
   * Writes the launcher and the shims unless they are current.
   *
   * @param hookTypes explicit hook types; empty for the config's {@code
   *     default_install_hook_types}, else {@code pre-commit}
   * @param config the config file relative to the repository root
   * @param startupArchive whether the caller prepares the start-up archive: while it is not ready,
   *     the stamp lasts as long as a training run may take, so that a build after that looks at it
   *     again (and a dead trainer is replaced)
   * @throws dev.precommit.git.GitException outside a git work tree
   */
  public Outcome install(
      JarLauncher launcher,
      StartupArchive archive,
      List<Stage> hookTypes,
      String config,
      boolean allowMissingConfig,
      boolean startupArchive) {
    // The fast path loads few classes and no lambda: on Maven 3 it may be the JVM's first.
    List<String> typeIds = new ArrayList<>();
    for (Stage type : hookTypes) {
      typeIds.add(type.id());
    }
    String inputs =
        InstallStamp.inputs(
            Version.number(),
            launcher.javaHome(),
            launcher.javaRuntime(),
            launcher.jar(),
            typeIds,
            config,
            allowMissingConfig,
            startupArchive);
    if (InstallStamp.current(start, env, inputs)) {
      return Outcome.UNCHANGED;
    }
    GitRepo repo = GitRepo.discover(start, env);
    if (HooksDir.configuredHooksPath(repo).isPresent()) {
      out.writeLine(
          "Cowardly refusing to install hooks with `core.hooksPath` set."
              + " hint: `git config --unset-all core.hooksPath`");
      return Outcome.REFUSED;
    }
    HooksDir dir = HooksDir.commonHooks(repo);
    Path launcherFile = launcherPath(dir);
    Path configFile = repo.root().resolve(config);
    List<Stage> types = InstallHookTypes.resolve(hookTypes, configFile);
    HookInstaller installer = new HookInstaller(out, launcherFile.toString());
    String script = launcher.script(launcherFile, archive);
    boolean launcherCurrent = isCurrent(launcherFile, script);
    Outcome outcome = Outcome.UNCHANGED;
    if (!launcherCurrent || !installer.isCurrent(dir, types, config, allowMissingConfig)) {
      if (!launcherCurrent) {
        writeExecutable(launcherFile, script);
      }
      installer.install(dir, types, config, false, allowMissingConfig);
      outcome = Outcome.INSTALLED;
    }
    Optional<GitLayout> layout = GitLayout.find(start, env);
    if (layout.isPresent()) {
      List<Path> files = new ArrayList<>();
      files.add(launcher.jar());
      files.add(configFile);
      files.add(dir.path().getParent().resolve("config"));
      files.add(launcherFile);
      for (Stage type : types) {
        files.add(dir.hook(type.id()));
      }
      Instant expires =
          startupArchive && !archive.settled()
              ? Instant.now().plus(StartupArchive.TRAINING_TIMEOUT)
              : null;
      try {
        InstallStamp.in(layout.get().commonDir())
            .write(InstallStamp.firstLine(inputs, layout.get()), files, expires);
      } catch (IOException e) {
        throw new FatalException("cannot write " + launcherFile.resolveSibling("stamp") + ": " + e);
      }
    }
    return outcome;
  }

  /**
   * Removes our shims (restoring legacy hooks, as {@code precommit uninstall}) and the launcher.
   */
  public void uninstall(List<Stage> hookTypes, String config) {
    GitRepo repo = GitRepo.discover(start, env);
    HooksDir dir = HooksDir.commonHooks(repo);
    new HookInstaller(out, "")
        .uninstall(dir, InstallHookTypes.resolve(hookTypes, repo.root().resolve(config)));
    Path launcherFile = launcherPath(dir);
    try {
      InstallStamp.in(dir.path().getParent()).delete();
      if (Files.isRegularFile(launcherFile)
          && Files.readString(launcherFile, StandardCharsets.UTF_8).contains(JarLauncher.MARKER)) {
        Files.delete(launcherFile);
      }
      try (var left = Files.list(launcherFile.getParent())) {
        if (left.findAny().isEmpty()) {
          Files.delete(launcherFile.getParent());
        }
      }
    } catch (NoSuchFileException e) {
      // nothing of ours there
    } catch (IOException e) {
      throw new FatalException("cannot remove " + launcherFile + ": " + e);
    }
  }

  private static boolean isCurrent(Path file, String text) {
    try {
      return Files.isExecutable(file)
          && Files.readString(file, StandardCharsets.UTF_8).equals(text);
    } catch (IOException e) {
      return false;
    }
  }

  private static void writeExecutable(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new FatalException("cannot write " + file + ": " + e);
    }
  }
}
