package dev.precommit.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.testing.TempGitRepo;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build tool plugins' door, called as a plugin calls it: JDK types in and out. */
class BuildPluginCallTest {
  @TempDir Path tmp;
  private TempGitRepo repo;
  private Path jar;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void setUp() throws Exception {
    repo = TempGitRepo.init(tmp.resolve("repo"));
    repo.write(".pre-commit-config.yaml", "repos: []\n");
    jar = tmp.resolve("precommit-all.jar");
    Files.writeString(jar, "jar");
  }

  private Map<String, Object> call(String goal, Path start, List<String> hookTypes) {
    Map<String, Object> request = new HashMap<>();
    request.put("goal", goal);
    request.put("start", start);
    Map<String, String> env = new HashMap<>(repo.env());
    env.put("PRECOMMIT_HOME", tmp.resolve("cache").toString());
    request.put("env", env);
    request.put("jar", jar);
    request.put("out", out);
    request.put("err", err);
    request.put("hookTypes", hookTypes);
    request.put("config", ".pre-commit-config.yaml");
    request.put("allowMissingConfig", false);
    request.put("startupArchive", false);
    return new BuildPluginCall().apply(request);
  }

  private String output() {
    String text = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    out.reset();
    err.reset();
    return text;
  }

  @Test
  void installsThenFindsNothingToDo() {
    Map<String, Object> first = call("install", repo.root(), List.of("pre-push"));
    assertThat(first).containsEntry("outcome", "installed").containsEntry("training", false);
    assertThat(output()).isEqualTo("pre-commit installed at .git/hooks/pre-push\n");
    assertThat(repo.read(".git/hooks/pre-push")).contains(HookScript.MARKER);

    assertThat(call("install", repo.root(), List.of("pre-push")))
        .containsEntry("outcome", "unchanged");
    assertThat(output()).isEmpty();

    assertThat(call("uninstall", repo.root(), List.of("pre-push")))
        .containsEntry("outcome", "uninstalled");
    assertThat(repo.path(".git/hooks/pre-push")).doesNotExist();
  }

  @Test
  void badRequestsAndPlacesAreOutcomesNotExceptions() throws Exception {
    assertThat(call("install", repo.root(), List.of("pre-comit")))
        .containsEntry("outcome", "invalid")
        .containsEntry("message", "not a git hook type: pre-comit");
    Path elsewhere = Files.createDirectories(tmp.resolve("not-a-repo"));
    assertThat(call("install", elsewhere, List.of())).containsEntry("outcome", "not-git");
    assertThat(call("uninstall", elsewhere, List.of())).containsEntry("outcome", "not-git");
    assertThat(repo.path(".git/hooks/pre-commit")).doesNotExist();
  }

  @Test
  void commandRunsThisJarWithThisJdkAndTheLaunchersFlags() {
    @SuppressWarnings("unchecked")
    List<String> command = (List<String>) call("command", repo.root(), List.of()).get("command");
    assertThat(command.get(0))
        .isEqualTo(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    assertThat(command).contains("-XX:TieredStopAtLevel=1").endsWith("-jar", jar.toString());
  }
}
