package dev.precommit.lang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.repo.Hook;
import dev.precommit.repo.Store;
import dev.precommit.testing.TempGitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Python environment's health check starts its interpreter once, not on every run: the
 * interpreter here is a script that counts its starts.
 */
class InterpreterStampTest {
  @TempDir Path tmp;

  /**
   * Installs an interpreter the way an upgrade does: a new file moved over the old one. Its size
   * and modification time may equal the old one's (same length, same clock tick), its identity not.
   */
  private static void interpreter(Path python, Path starts, int exitCode) throws Exception {
    Path next = python.resolveSibling("python.next");
    Files.writeString(next, "#!/bin/sh\necho started >> '" + starts + "'\nexit " + exitCode + "\n");
    Files.setPosixFilePermissions(next, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.move(next, python, StandardCopyOption.REPLACE_EXISTING);
  }

  private static long count(Path starts) throws Exception {
    return Files.exists(starts) ? Files.readAllLines(starts).size() : 0;
  }

  @Test
  void aHealthyInterpreterIsStartedOnceAndAgainWhenItChanges() throws Exception {
    TempGitRepo work = TempGitRepo.init(tmp.resolve("work"));
    Map<String, String> env = work.env();
    Hook hook = Hooks.of("local", work.root(), "python", "x", List.of(), List.of());
    HookContext context =
        new HookContext(work.root(), env, 1, false, Store.forEnvironment(env).dir());
    PythonLanguage python = new PythonLanguage();
    Path envDir = EnvironmentDir.of(hook, context, PythonLanguage.ENV_DIR);
    Files.createDirectories(envDir.resolve("bin"));
    Files.write(envDir.resolve(EnvironmentDir.MARKER), new byte[0]);
    Path starts = tmp.resolve("starts");
    interpreter(envDir.resolve("bin/python"), starts, 0);

    assertThat(python.isInstalled(hook, context)).isTrue();
    assertThat(python.isInstalled(hook, context)).isTrue();
    assertThat(python.isInstalled(hook, context)).isTrue();
    assertThat(count(starts)).isEqualTo(1);

    // Replaced (an upgrade): started again, and found broken.
    interpreter(envDir.resolve("bin/python"), starts, 1);
    assertThat(python.isInstalled(hook, context)).isFalse();
    assertThat(python.isInstalled(hook, context)).isFalse();
    assertThat(count(starts)).isEqualTo(3);

    // Removed: unhealthy without a start.
    Files.delete(envDir.resolve("bin/python"));
    assertThat(python.isInstalled(hook, context)).isFalse();
    assertThat(count(starts)).isEqualTo(3);
  }
}
