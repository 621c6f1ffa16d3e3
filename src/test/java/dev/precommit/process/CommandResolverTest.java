package dev.precommit.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precommit.testing.TempGitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandResolverTest {

  @Test
  void findsExecutablesOnPath(@TempDir Path dir) throws Exception {
    List<String> resolved =
        new CommandResolver(TempGitRepo.isolatedEnv(dir), dir).resolve(List.of("sh", "-c", "x"));
    assertThat(Path.of(resolved.get(0))).isAbsolute();
    assertThat(resolved.subList(1, 3)).containsExactly("-c", "x");
  }

  @Test
  void putsTheShebangInterpreterInFront(@TempDir Path dir) throws Exception {
    TempGitRepo repo = TempGitRepo.init(dir.resolve("r"));
    repo.write("hook.sh", "#!/usr/bin/env sh\necho hi\n").executable("hook.sh");
    List<String> resolved =
        new CommandResolver(repo.env(), repo.root()).resolve(List.of("./hook.sh", "a"));
    assertThat(resolved.get(0)).endsWith("/sh");
    assertThat(resolved.subList(1, 3)).containsExactly("./hook.sh", "a");
  }

  @Test
  void explainsWhatIsWrongWithAPath(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("noexec.sh"), "#!/bin/sh\n");
    Files.createDirectory(dir.resolve("adir"));
    CommandResolver resolver = new CommandResolver(TempGitRepo.isolatedEnv(dir), dir);
    assertThatThrownBy(() -> resolver.resolve(List.of("./noexec.sh")))
        .hasMessage("Executable `./noexec.sh` is not executable");
    assertThatThrownBy(() -> resolver.resolve(List.of("./adir")))
        .hasMessage("Executable `./adir` is a directory");
    assertThatThrownBy(() -> resolver.resolve(List.of("./missing")))
        .hasMessage("Executable `./missing` not found");
  }

  @Test
  void aMissingShebangInterpreterIsNamed(@TempDir Path dir) throws Exception {
    TempGitRepo repo = TempGitRepo.init(dir.resolve("r"));
    repo.write("hook", "#!/usr/bin/env no-such-interpreter\n").executable("hook");
    assertThatThrownBy(
            () -> new CommandResolver(repo.env(), repo.root()).resolve(List.of("./hook")))
        .hasMessage("Executable `no-such-interpreter` not found");
  }
}
