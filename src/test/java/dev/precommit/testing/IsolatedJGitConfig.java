package dev.precommit.testing;

import java.io.File;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Shuts the machine's git config out of JGit in the test JVM. The engine fetches hook repositories
 * with JGit in-process, and JGit reads the user's config ({@code ~/.gitconfig} under {@code
 * user.home}, which is not {@code HOME}, and {@code $XDG_CONFIG_HOME/git/config}) and the system
 * config through one JVM-wide {@link SystemReader}, whatever environment map the engine was given:
 * a {@code core.autocrlf=true} there turned every cloned hook file into CRLF. Git processes are
 * isolated by {@link TempGitRepo#isolatedEnv}; this is the same for JGit.
 *
 * <p>Registered for every Jupiter test by autodetection ({@code junit-platform.properties} and
 * {@code META-INF/services}), so no test can forget it. Changing JGit's reader is JVM-wide state,
 * which is the point here: nothing in a test JVM may read the machine's git config.
 */
public final class IsolatedJGitConfig implements BeforeAllCallback {
  @Override
  public void beforeAll(ExtensionContext context) {
    install();
  }

  /** Installs the blank reader once per JVM. */
  public static synchronized void install() {
    SystemReader current = SystemReader.getInstance();
    if (!(current instanceof BlankConfigReader)) {
      SystemReader.setInstance(new BlankConfigReader(current));
    }
  }

  /** The JVM's reader, with empty user, system and JGit configs. */
  private static final class BlankConfigReader extends SystemReader.Delegate {
    BlankConfigReader(SystemReader base) {
      super(base);
    }

    @Override
    public FileBasedConfig openUserConfig(Config parent, FS fs) {
      return new EmptyConfig(parent, fs);
    }

    @Override
    public FileBasedConfig openSystemConfig(Config parent, FS fs) {
      return new EmptyConfig(parent, fs);
    }

    @Override
    public FileBasedConfig openJGitConfig(Config parent, FS fs) {
      return new EmptyConfig(parent, fs);
    }
  }

  /** A config backed by no file: loads nothing, never outdated. */
  private static final class EmptyConfig extends FileBasedConfig {
    EmptyConfig(Config parent, FS fs) {
      super(parent, (File) null, fs);
    }

    @Override
    public void load() {
      clear();
    }

    @Override
    public boolean isOutdated() {
      return false;
    }
  }
}
