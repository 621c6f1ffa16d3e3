package dev.precommit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precommit.repo.Store;
import dev.precommit.repo.StoreIndex;
import dev.precommit.testing.TempGitRepo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** install-hooks, gc and clean against one cache. */
class StoreCommandsTest {
  @TempDir Path tmp;
  TempGitRepo hooks;
  TempGitRepo work;
  Map<String, String> env;
  ByteArrayOutputStream out = new ByteArrayOutputStream();
  ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void setUp() {
    hooks = TempGitRepo.init(tmp.resolve("hooks"));
    hooks
        .write(
            ".pre-commit-hooks.yaml", "- id: a\n  name: A\n  entry: echo a\n  language: system\n")
        .stageAll()
        .commit("1");
    hooks.git("tag", "v1.0");
    hooks.write("x", "2").stageAll().commit("2");
    hooks.git("tag", "v2.0");
    work = TempGitRepo.init(tmp.resolve("work"));
    env = work.env();
  }

  private int run(String... args) {
    out.reset();
    err.reset();
    return new Cli(new ByteArrayInputStream(new byte[0]), out, err, work.root(), env).execute(args);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private void config(String rev) {
    work.write(
        ".pre-commit-config.yaml",
        "repos:\n-   repo: "
            + hooks.root()
            + "\n    rev: "
            + rev
            + "\n    hooks:\n"
            + "    -   id: a\n");
  }

  @Test
  void installHooksClonesOnceAndRemembersTheConfig() {
    config("v1.0");
    assertThat(run("install-hooks")).isZero();
    assertThat(stdout()).isEqualTo("[INFO] Initializing environment for " + hooks.root() + ".\n");
    assertThat(run("install-hooks")).isZero();
    assertThat(stdout()).isEmpty();
    Store store = Store.forEnvironment(env);
    assertThat(store.index().configs())
        .containsExactly(work.path(".pre-commit-config.yaml").toString());
  }

  @Test
  void unknownHookIdIsAnErrorLine() {
    work.write(
        ".pre-commit-config.yaml",
        "repos:\n-   repo: " + hooks.root() + "\n    rev: v1.0\n    hooks:\n    -   id: zz\n");
    assertThat(run("install-hooks")).isEqualTo(1);
    assertThat(stdout())
        .endsWith(
            "[ERROR] `zz` is not present in repository "
                + hooks.root()
                + ".  Typo? Perhaps it is introduced in a newer version?  Often `precommit"
                + " autoupdate` fixes this.\n");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void gcRemovesClonesNoConfigUsesAndForgetsDeletedConfigs() throws Exception {
    config("v1.0");
    run("install-hooks");
    config("v2.0");
    run("install-hooks");
    Store store = Store.forEnvironment(env);
    assertThat(store.index().clones())
        .extracting(StoreIndex.Clone::rev)
        .containsExactly("v1.0", "v2.0");
    Path v1Clone =
        Path.of(store.index().find(hooks.root().toString(), "v1.0").orElseThrow().path());

    assertThat(run("gc")).isZero();
    assertThat(stdout()).isEqualTo("1 repo(s) removed.\n");
    assertThat(v1Clone).doesNotExist();
    assertThat(store.index().clones()).extracting(StoreIndex.Clone::rev).containsExactly("v2.0");

    Files.delete(work.path(".pre-commit-config.yaml"));
    assertThat(run("gc")).isZero();
    assertThat(stdout()).isEqualTo("1 repo(s) removed.\n");
    assertThat(store.index().configs()).isEmpty();
    assertThat(run("gc")).isZero();
    assertThat(stdout()).isEqualTo("0 repo(s) removed.\n");
  }

  @Test
  void cleanDeletesTheCache() {
    config("v1.0");
    run("install-hooks");
    Path dir = Store.forEnvironment(env).dir();
    assertThat(run("clean")).isZero();
    assertThat(stdout()).isEqualTo("Cleaned " + dir + ".\n");
    assertThat(dir).doesNotExist();
    assertThat(run("clean")).isZero();
    assertThat(stdout()).isEmpty();
  }
}
