package dev.precommit.install;

import dev.precommit.FatalException;
import dev.precommit.config.Stage;
import dev.precommit.output.Output;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Writes and removes the shims. A hook that is not ours is kept as {@code <type>.legacy} and run
 * first by the shim's engine, so installing never silently drops a team's existing hook;
 * uninstalling removes only files that carry our marker and puts the legacy hook back.
 */
public final class HookInstaller {
  private final Output out;
  private final String launcher;

  /**
   * @param launcher absolute path of the launcher the shims call, or empty to rely on PATH
   */
  public HookInstaller(Output out, String launcher) {
    this.out = out;
    this.launcher = launcher;
  }

  /**
   * Writes one shim per hook type into {@code dir}.
   *
   * @param config the config file the shims pass, relative to the repository root
   * @param overwrite delete an existing {@code .legacy} hook instead of running it
   * @param skipOnMissingConfig shims skip quietly in repositories without a config
   */
  public void install(
      HooksDir dir,
      List<Stage> hookTypes,
      String config,
      boolean overwrite,
      boolean skipOnMissingConfig) {
    try {
      Files.createDirectories(dir.path());
      for (Stage type : hookTypes) {
        installOne(dir, type, config, overwrite, skipOnMissingConfig);
      }
    } catch (IOException e) {
      throw new FatalException("cannot write hooks into " + dir.shown() + ": " + e);
    }
  }

  private void installOne(
      HooksDir dir, Stage type, String config, boolean overwrite, boolean skipOnMissingConfig)
      throws IOException {
    Path hook = dir.hook(type.id());
    Path legacy = dir.hook(type.id() + ".legacy");
    if (Files.exists(hook, LinkOption.NOFOLLOW_LINKS) && !HookScript.isReplaceable(hook)) {
      Files.move(hook, legacy, StandardCopyOption.REPLACE_EXISTING);
    }
    if (overwrite && Files.exists(legacy)) {
      Files.delete(legacy);
    } else if (Files.exists(legacy)) {
      out.writeLine(
          "Running in migration mode with existing hooks at "
              + dir.shownHook(type.id() + ".legacy"));
      out.writeLine("Use -f to use only pre-commit.");
    }
    Files.deleteIfExists(hook);
    Files.writeString(
        hook,
        HookScript.render(type, config, skipOnMissingConfig, launcher),
        StandardCharsets.UTF_8);
    makeExecutable(hook);
    out.writeLine("pre-commit installed at " + dir.shownHook(type.id()));
  }

  /**
   * True when every shim for {@code hookTypes} in {@code dir} already reads exactly as {@link
   * #install} would write it (and is executable): installing again would change nothing.
   */
  public boolean isCurrent(
      HooksDir dir, List<Stage> hookTypes, String config, boolean skipOnMissingConfig) {
    for (Stage type : hookTypes) {
      Path hook = dir.hook(type.id());
      if (!Files.isRegularFile(hook, LinkOption.NOFOLLOW_LINKS) || !Files.isExecutable(hook)) {
        return false;
      }
      String expected = HookScript.render(type, config, skipOnMissingConfig, launcher);
      try {
        if (!Files.readString(hook, StandardCharsets.UTF_8).equals(expected)) {
          return false;
        }
      } catch (IOException e) {
        return false;
      }
    }
    return true;
  }

  /** Removes our shims for {@code hookTypes} and restores any {@code .legacy} hook. */
  public void uninstall(HooksDir dir, List<Stage> hookTypes) {
    try {
      for (Stage type : hookTypes) {
        Path hook = dir.hook(type.id());
        Path legacy = dir.hook(type.id() + ".legacy");
        if (!Files.exists(hook) || !HookScript.isOurs(hook)) {
          continue;
        }
        Files.delete(hook);
        out.writeLine(type.id() + " uninstalled");
        if (Files.exists(legacy)) {
          Files.move(legacy, hook, StandardCopyOption.REPLACE_EXISTING);
          out.writeLine("Restored previous hooks to " + dir.shownHook(type.id()));
        }
      }
    } catch (IOException e) {
      throw new FatalException("cannot remove hooks from " + dir.shown() + ": " + e);
    }
  }

  private static void makeExecutable(Path file) throws IOException {
    Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(file));
    permissions.add(PosixFilePermission.OWNER_EXECUTE);
    permissions.add(PosixFilePermission.GROUP_EXECUTE);
    permissions.add(PosixFilePermission.OTHERS_EXECUTE);
    Files.setPosixFilePermissions(file, permissions);
  }
}
